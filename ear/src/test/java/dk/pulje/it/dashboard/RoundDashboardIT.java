package dk.pulje.it.dashboard;

import dk.pulje.it.support.NativeSql;
import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.RoundDashboard;
import dk.pulje.application.dashboard.RoundDashboardService;
import dk.pulje.application.dashboard.SubPoolTarget;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.it.support.as.AsRegion;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round dashboard against the seed (Region Midtjylland's press release on Uddannelsespuljen 2024, seed 002): every
 * expected figure below is written from the document by hand, not read from the service. Envelope 19,9 mio.; the theme
 * pool's three projects (EuroSkills 11,063/6; AI 9,735/5,052; MYRE 4,267/2,7 mio.) got 13.752.000 kr., the open pool's
 * twelve 6.192.000 kr., together 19.944.000 kr. of 40.387.000 kr. in total project sums. And the statements it costs:
 * two, with ten projects and with a thousand.
 */
@PuljeIntegrationTest
class RoundDashboardIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(RoundDashboardIT.class, AdminRolledBack.class, TestData.class, Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    RoundDashboardService service;

    @Inject
    AdminRolledBack asAdmin;

    @Inject
    AsRegion asRegion;

    private long educationRound() {
        return ((Number) em.createNativeQuery("select id from funding_round where name = 'Uddannelsespuljen 2024'")
                .getSingleResult()).longValue();
    }

    @Test
    void theRoundOfTheSeedAsTheFundAdministratorSeesIt() throws Exception {
        RoundDashboard round = asAdmin.call(() -> service.summary(educationRound())).orElseThrow();
        assertSeedFigures(round);
    }

    @Test
    void regionalStaffSeeTheSameFigures() throws Exception {
        RoundDashboard round = asRegion.call(() -> service.summary(educationRound())).orElseThrow();
        assertSeedFigures(round);
    }

    private static void assertSeedFigures(RoundDashboard round) {
        assertEquals("Uddannelsespuljen 2024", round.roundName());
        assertEquals("Uddannelsespuljen", round.fundShortName());
        assertFalse(round.filtered());
        assertEquals(Money.dkk("19900000"), round.envelope());
        assertEquals(15, round.projects());
        assertEquals(Money.dkk("19944000"), round.granted().sum());
        assertEquals(15, round.granted().known());
        assertEquals(0, round.granted().unknown());
        assertEquals(Money.dkk("40387000"), round.totalSum().sum());
        assertEquals(0, round.totalSum().unknown());
        // The press release states no amounts applied for and nothing has been paid in the demo.
        assertEquals(0, round.applied().known());
        assertEquals(15, round.applied().unknown());
        assertEquals(Money.dkk("0"), round.paid());
        // 19.944.000 ÷ 40.387.000 = 0,49382…; the co-financing ratio is the rest over the same 15 projects.
        assertEquals(15, round.projectsWithBoth());
        assertEquals(new BigDecimal("0.4938"), round.supportShare());
        assertEquals(new BigDecimal("0.5062"), round.cofinancingRatio());
        // 44.000 kr. over the envelope: shown, not hidden.
        assertEquals(Money.dkk("-44000"), round.envelopeLeft());
        assertEquals(Money.dkk("44000"), round.overEnvelope());
        assertEquals(Money.dkk("0"), round.grantedWithoutSubPool());

        assertEquals(2, round.subPools().size());
        SubPoolTarget theme = round.subPools().get(0);
        assertEquals("Temapulje", theme.name());
        assertEquals(SubPoolKind.THEME, theme.kind());
        assertEquals(0, new BigDecimal("0.80").compareTo(theme.targetShare()));
        assertEquals(Money.dkk("15920000"), theme.targetAmount()); // 80 % × 19,9 mio.
        assertEquals(3, theme.projects());
        assertEquals(Money.dkk("13752000"), theme.granted());
        assertEquals(new BigDecimal("0.6895"), theme.actualShare()); // 13.752.000 ÷ 19.944.000
        assertEquals(new BigDecimal("-0.1105"), theme.differencePoints());
        assertEquals(Money.dkk("-2168000"), theme.differenceAmount());
        assertEquals(Boolean.FALSE, theme.reached());

        SubPoolTarget open = round.subPools().get(1);
        assertEquals("Åben pulje", open.name());
        assertEquals(Money.dkk("3980000"), open.targetAmount()); // 20 % × 19,9 mio.
        assertEquals(12, open.projects());
        assertEquals(Money.dkk("6192000"), open.granted());
        assertEquals(new BigDecimal("0.3105"), open.actualShare());
        assertEquals(new BigDecimal("0.1105"), open.differencePoints());
        assertEquals(Money.dkk("2212000"), open.differenceAmount());
        assertEquals(Boolean.TRUE, open.reached());
    }

    /**
     * Randers: six open-pool projects (Digitalt Grundforløb 0,554/0,145; Lær med AI 1,027/0,492; Ung til ung 0,324/0,164;
     * Den styrkebaserede tilgang 1,343/0,465; Viden og læring 1,204/0,6; Tværfagligt Studieunit 0,416/0,312 mio.). The
     * envelope and the targets stay the round's.
     */
    @Test
    void aFilterNarrowsTheProjectsCountedNotTheTargets() throws Exception {
        DashboardFilter randers = new DashboardFilter(null, null, null, null, "Randers", null, null, null);
        RoundDashboard round = asRegion.call(() -> service.summary(educationRound(), randers)).orElseThrow();
        assertTrue(round.filtered());
        assertEquals(6, round.projects());
        assertEquals(Money.dkk("2178000"), round.granted().sum());
        assertEquals(Money.dkk("4868000"), round.totalSum().sum());
        assertEquals(new BigDecimal("0.4474"), round.supportShare()); // 2.178.000 ÷ 4.868.000 = 0,44741…
        assertEquals(Money.dkk("19900000"), round.envelope());
        SubPoolTarget theme = round.subPools().get(0);
        assertEquals(0, theme.projects());
        assertEquals(Money.dkk("0"), theme.granted());
        assertEquals(Money.dkk("15920000"), theme.targetAmount());
        assertEquals(new BigDecimal("0.0000"), theme.actualShare());
        SubPoolTarget open = round.subPools().get(1);
        assertEquals(6, open.projects());
        assertEquals(new BigDecimal("1.0000"), open.actualShare());
        assertEquals(Money.dkk("-1802000"), open.differenceAmount()); // 2.178.000 − 3.980.000

        DashboardFilter themePool = new DashboardFilter(null, null, null, null, null, null, null, theme.id());
        RoundDashboard onlyTheme = asRegion.call(() -> service.summary(educationRound(), themePool)).orElseThrow();
        assertEquals(3, onlyTheme.projects());
        assertEquals(Money.dkk("13752000"), onlyTheme.granted().sum());
    }

    @Test
    void aRoundOutsideThePortfolioIsNotFoundLikeOneThatDoesNotExist() throws Exception {
        long foreignRound = asAdmin.call(() -> {
            long funder = ((Number) em.createNativeQuery(
                    "insert into organisation (name, type) values ('Fremmed bevillingsgiver', 'AGENCY') returning id")
                    .getSingleResult()).longValue();
            long fund = ((Number) em.createNativeQuery(
                    "insert into fund (funder_id, name, short_name) values (?1, 'Fremmed pulje " + UUID.randomUUID()
                            + "', 'Fremmed') returning id").setParameter(1, funder).getSingleResult()).longValue();
            long round = ((Number) em.createNativeQuery(
                    "insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency) "
                            + "values (?1, 'Fremmed runde', 2024, 1000000, 'DKK') returning id")
                    .setParameter(1, fund).getSingleResult()).longValue();
            assertTrue(service.summary(round).isEmpty(), "a round of a fund the caller does not read");
            assertTrue(service.rounds(fund).isEmpty(), "the rounds of a fund the caller does not read");
            assertTrue(service.funds().stream().noneMatch(f -> f.id() == fund));
            assertEquals(List.of(educationRound()), service.summaries(List.of(round, educationRound(), round)).stream()
                    .map(RoundDashboard::roundId).toList(), "the caller's rounds only");
            return round;
        });
        assertTrue(asRegion.call(() -> service.summary(999_999_999L)).isEmpty());
        assertTrue(asRegion.call(() -> service.summary(foreignRound)).isEmpty());
    }

    @Test
    void theDirectoryListsThePortfolio() throws Exception {
        List<String> funds = asRegion.call(() -> service.funds()).stream().map(f -> f.shortName()).toList();
        assertTrue(funds.containsAll(List.of("Uddannelsespuljen", "Udviklingspuljen")), funds.toString());
        long education = ((Number) em.createNativeQuery("select id from fund where short_name = 'Uddannelsespuljen'")
                .getSingleResult()).longValue();
        var rounds = asRegion.call(() -> service.rounds(education)).orElseThrow();
        assertEquals(List.of("Uddannelsespuljen 2024"), rounds.stream().map(r -> r.name()).toList());
        assertEquals(Money.dkk("19900000"), rounds.get(0).envelope());
        assertEquals(2024, rounds.get(0).year());
    }

    /** Two statements for the round and its sub-pools, with 10 projects and with 1.000 (each granted and paid). */
    @Test
    void theDashboardCostsTwoStatementsWithTenAndWithAThousandProjects() throws Exception {
        long fund = TestData.testFundId();
        asAdmin.call(service::funds); // reads (and keeps, for this request) the caller's scope
        assertEquals(List.of(2L, 2L), List.of(measure(fund, 10), measure(fund, 1000)));
    }

    private long measure(long fund, int projects) throws Exception {
        return asAdmin.call(() -> {
            String token = "Rundetælling " + UUID.randomUUID().toString().substring(0, 8);
            long round = generate(fund, token, projects);
            RoundDashboard[] seen = new RoundDashboard[1];
            long statements = Statements.countWhile(emf, () -> seen[0] = service.summary(round).orElseThrow());
            RoundDashboard figures = seen[0];
            assertEquals(projects, figures.projects());
            assertEquals(Money.dkk(BigDecimal.valueOf(100_000L * projects)), figures.granted().sum());
            assertEquals(Money.dkk(BigDecimal.valueOf(40_000L * projects)), figures.paid());
            assertEquals(new BigDecimal("0.2500"), figures.supportShare());
            assertEquals(2, figures.subPools().size());
            assertEquals(projects, figures.subPools().stream().mapToLong(SubPoolTarget::projects).sum());
            assertNull(figures.overEnvelope());
            return statements;
        });
    }

    /** A round with two sub-pools and {@code projects} projects (400.000 kr. total, 100.000 granted, 40.000 paid each). */
    private long generate(long fund, String token, int projects) {
        long round = id("insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency) "
                + "values (?1, ?2, 2030, 1000000000, 'DKK') returning id", fund, token);
        long theme = id("insert into sub_pool (round_id, name, kind, target_share) values (?1, 'Tema', 'THEME', 0.6) returning id", round);
        long open = id("insert into sub_pool (round_id, name, kind, target_share) values (?1, 'Åben', 'OPEN', 0.4) returning id", round);
        sql("""
                insert into project (fund_id, round_id, title, project_type, status, town, total_amount, total_currency)
                select ?1, ?2, ?3 || ' ' || g, 'DEVELOPMENT', 'ACTIVE', 'Odense', 400000, 'DKK' from generate_series(1, ?4) g""",
                fund, round, token, projects);
        sql("insert into project_grant (project_id, sub_pool_id, granted_amount, granted_currency, decision_date) "
                + "select p.id, case when p.id % 2 = 0 then ?2 else ?3 end, 100000, 'DKK', date '2030-01-01' "
                + "from project p where p.round_id = ?1", round, theme, open);
        sql("insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency) "
                + "select g.id, date '2030-02-01', 40000, 'DKK', date '2030-02-01', 40000, 'DKK' "
                + "from project_grant g join project p on p.id = g.project_id where p.round_id = ?1", round);
        return round;
    }

    private long id(String statement, Object... arguments) {
        return NativeSql.id(em, statement, arguments);
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}
