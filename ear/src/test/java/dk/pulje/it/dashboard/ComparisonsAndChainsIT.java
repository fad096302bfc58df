package dk.pulje.it.dashboard;

import dk.pulje.it.support.NativeSql;
import dk.pulje.application.dashboard.ChainOverview;
import dk.pulje.application.dashboard.ChainStep;
import dk.pulje.application.dashboard.CompareKind;
import dk.pulje.application.dashboard.CompareService;
import dk.pulje.application.dashboard.ComparedDifference;
import dk.pulje.application.dashboard.ComparedFigures;
import dk.pulje.application.dashboard.Comparison;
import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.FollowUpChain;
import dk.pulje.application.dashboard.FollowUpChainService;
import dk.pulje.application.dashboard.OrganisationParticipation;
import dk.pulje.application.dashboard.ParticipationPage;
import dk.pulje.application.dashboard.ParticipationService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.SeedDocument.SeedProject;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, Q6–Q8 against the seed documents, as regional staff: the comparison of the two demo funds and of two
 * rounds, Region Midtjylland's schools as project owners, and what the maturation project led to. Expected values come
 * from the press release (SeedDocument) and the documents' text, never from the services; changes for a case are made
 * in SQL inside a transaction that is rolled back (AdminRolledBack).
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.REGION)
class ComparisonsAndChainsIT {

    private static final String ROUND_2024 = "Uddannelsespuljen 2024";
    private static final String MATURATION = "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt";
    private static final String FOLLOW_UP = "Læringsfællesskaber for en bæredygtig fremtid";

    /** The press release names these schools as lead institutions of these projects (DemoPortfolio keeps them so). */
    private static final Map<String, String> SCHOOL_PROJECTS = Map.of(
            "Herningsholm Erhvervsskole og Gymnasier", "EuroSkills 2025",
            "Learnmark Horsens", "AI - Didaktik, sprog og kompetencer til fremtiden",
            "Mercantec", "MYRE Midt",
            "FGU Østjylland", "Ung til ung ambassadører på FGU Østjylland",
            "Lemvig Gymnasium", "Sejl og studér på Lemvig Gymnasium");

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ComparisonsAndChainsIT.class, AdminRolledBack.class, TestData.class);
    }

    @Inject
    CompareService compare;

    @Inject
    ParticipationService participation;

    @Inject
    FollowUpChainService chains;

    @Inject
    AdminRolledBack asAdmin;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    private final SeedDocument seed = SeedDocument.regionMidtjylland2024();

    // Q6 ----------------------------------------------------------------------------------------------------------

    @Test
    void theTwoDemoFundsSideBySide() {
        Comparison comparison = compare.compare(CompareKind.FUND, List.of(id("fund", "Uddannelsespuljen"),
                id("fund", "Udviklingspuljen")), DashboardFilter.NONE).orElseThrow();
        ComparedFigures education = comparison.columns().get(0).figures();
        assertEquals("Uddannelsespuljen", education.label());
        assertEquals(seed.projects().size(), education.projects());
        assertEquals(seed.envelope(), education.envelope());
        assertEquals(new MoneyTotal(seed.granted().sum(), 15, 0), education.granted());
        assertEquals(new MoneyTotal(seed.totalSum().sum(), 15, 0), education.total());
        assertEquals(Money.dkk("19944000"), education.granted().sum(), "the issue's own figure");
        assertEquals(Money.dkk("0"), education.paid());
        assertEquals(seed.supportShare(), education.supportShare());
        assertEquals(BigDecimal.ONE.subtract(seed.supportShare()), education.cofinancingRatio());
        assertEquals(15, education.applied().unknown(), "the press release states no amounts applied for");
        assertNull(comparison.columns().get(0).difference(), "the first column is the reference");

        // Udviklingspuljen: two library projects and the follow-up application, no round, no amount stated.
        ComparedFigures development = comparison.columns().get(1).figures();
        assertEquals(3, development.projects());
        assertNull(development.envelope());
        assertEquals(new MoneyTotal(Money.dkk("0"), 0, 3), development.granted());
        assertEquals(new MoneyTotal(Money.dkk("0"), 0, 3), development.total());
        assertNull(development.supportShare());
        ComparedDifference difference = comparison.columns().get(1).difference();
        assertEquals(3 - 15, difference.projects());
        assertNull(difference.granted(), "nothing known on one side: no difference");
        assertNull(difference.envelope());
        assertNull(difference.supportSharePoints());
        assertEquals(Money.dkk("0"), difference.paid());
    }

    @Test
    void twoRoundsWithTheirDifferencesInTheOrderChosen() throws Exception {
        asAdmin.call(() -> {
            long development = id("fund", "Udviklingspuljen");
            long round = insert("""
                    insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
                    values (?1, 'Udviklingspuljen 2025', 2025, 5000000, 'DKK') returning id""", development);
            long ai = id("project", "AI i borgernes hænder");
            sql("update project set round_id = ?1, total_amount = 500000, total_currency = 'DKK' where id = ?2", round, ai);
            sql("update project_grant set granted_amount = 400000, granted_currency = 'DKK', applied_amount = 450000, applied_currency = 'DKK' where project_id = ?1", ai);
            sql("""
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                    select g.id, date '2025-02-01', 100000, 'DKK', date '2025-02-01', 100000, 'DKK' from project_grant g where g.project_id = ?1""", ai);
            long education = id("round", ROUND_2024);
            Comparison comparison = compare.compare(CompareKind.ROUND, List.of(round, education, round),
                    DashboardFilter.NONE).orElseThrow();
            assertEquals(2, comparison.columns().size(), "a repeated id counts once");
            ComparedFigures first = comparison.columns().get(0).figures();
            assertEquals("Udviklingspuljen · Udviklingspuljen 2025", first.label());
            assertEquals(1, first.projects());
            assertEquals(Money.dkk("5000000"), first.envelope());
            assertEquals(Money.dkk("450000"), first.applied().sum());
            assertEquals(Money.dkk("400000"), first.granted().sum());
            assertEquals(Money.dkk("100000"), first.paid());
            assertEquals(new BigDecimal("0.8000"), first.supportShare());
            assertEquals(new BigDecimal("0.2000"), first.cofinancingRatio());

            ComparedFigures second = comparison.columns().get(1).figures();
            assertEquals("Uddannelsespuljen · " + ROUND_2024, second.label());
            ComparedDifference difference = comparison.columns().get(1).difference();
            assertEquals(15 - 1, difference.projects());
            assertEquals(seed.envelope().minus(Money.dkk("5000000")), difference.envelope());
            assertEquals(seed.granted().sum().minus(Money.dkk("400000")), difference.granted());
            assertEquals(seed.totalSum().sum().minus(Money.dkk("500000")), difference.total());
            assertEquals(Money.dkk("-100000"), difference.paid());
            assertNull(difference.applied(), "nothing applied for is stated in 2024");
            assertEquals(seed.supportShare().subtract(new BigDecimal("0.8000")), difference.supportSharePoints());
            assertEquals(new BigDecimal("0.8000").subtract(seed.supportShare()), difference.cofinancingPoints());
            return null;
        });
    }

    @Test
    void theFilterNarrowsEveryColumn() {
        Comparison randers = compare.compare(CompareKind.FUND, List.of(id("fund", "Uddannelsespuljen"),
                id("fund", "Udviklingspuljen")), new DashboardFilter(null, null, null, null,
                "Randers", null, null, null)).orElseThrow();
        assertEquals(seed.countInTown("Randers"), randers.columns().get(0).figures().projects());
        assertEquals(1, randers.columns().get(1).figures().projects(), "AI i borgernes hænder");
        Money granted = seed.projects().stream().filter(p -> p.town().equals("Randers")).map(SeedProject::granted)
                .reduce(Money.zero(Money.DKK), Money::plus);
        assertEquals(granted, randers.columns().get(0).figures().granted().sum());
    }

    @Test
    void anUnknownOrForeignIdFindsNothingAndTooFewIsRefused() {
        long education = id("fund", "Uddannelsespuljen");
        assertEquals(Optional.empty(), compare.compare(CompareKind.FUND, List.of(education, 999_999_999L), DashboardFilter.NONE));
        // The test fund is administered by admin only: regional staff do not read it.
        assertEquals(Optional.empty(), compare.compare(CompareKind.FUND, List.of(education, TestData.testFundId()), DashboardFilter.NONE));
        assertEquals(Optional.empty(), compare.compare(CompareKind.ROUND, List.of(education, id("round", ROUND_2024)), DashboardFilter.NONE),
                "a fund's id is no round's");
        jakarta.ejb.EJBException refused = assertThrows(jakarta.ejb.EJBException.class,
                () -> compare.compare(CompareKind.FUND, List.of(education, education), DashboardFilter.NONE));
        assertTrue(refused.getCause() instanceof IllegalArgumentException, "one id twice is one column: " + refused.getCause());
    }

    // Q7 ----------------------------------------------------------------------------------------------------------

    @Test
    void regionMidtjyllandsSchoolsAsOwnersMostMoneyFirst() {
        ParticipationPage page = participation.participation(DashboardFilter.ofRound(id("round", ROUND_2024)), 25, 0);
        assertEquals(SCHOOL_PROJECTS.size(), page.organisations(), "ten of the fifteen projects name no lead institution");
        List<String> expectedOrder = SCHOOL_PROJECTS.entrySet().stream()
                .sorted((a, b) -> seedProject(b.getValue()).granted().compareTo(seedProject(a.getValue()).granted()))
                .map(Map.Entry::getKey).toList();
        assertEquals(expectedOrder, page.rows().stream().map(OrganisationParticipation::name).toList());
        for (OrganisationParticipation row : page.rows()) {
            SeedProject project = seedProject(SCHOOL_PROJECTS.get(row.name()));
            assertEquals(1, row.projects(), row.name());
            assertEquals(1, row.asOwner(), row.name());
            assertEquals(0, row.asPartner(), row.name());
            assertEquals(OrganisationType.SCHOOL, row.type(), row.name());
            assertEquals(new MoneyTotal(project.granted(), 1, 0), row.granted(), row.name());
            assertEquals(new MoneyTotal(project.totalSum(), 1, 0), row.total(), row.name());
        }
        assertEquals("Learnmark Horsens", page.rows().get(1).name());
        assertEquals(Money.dkk("5052000"), page.rows().get(1).granted().sum());

        ParticipationPage two = participation.participation(DashboardFilter.ofRound(id("round", ROUND_2024)), 2, 2);
        assertEquals(expectedOrder.subList(2, 4), two.rows().stream().map(OrganisationParticipation::name).toList());
        assertEquals(5, two.organisations());
        assertTrue(two.hasMore());
    }

    @Test
    void aPartnerIsCountedOncePerProjectWhateverItsRoles() throws Exception {
        asAdmin.call(() -> {
            long maturation = id("project", MATURATION);
            long followUp = id("project", FOLLOW_UP);
            long ballerup = id("organisation", "Ballerup Bibliotekerne");
            long aarhus = id("organisation", "Aarhus Kommunes Biblioteker");
            // Ballerup is already in the steering group; now an adviser too. Aarhus owns both and joins the second as partner.
            sql("insert into project_partner (project_id, organisation_id, role) values (?1, ?2, 'ADVISOR')", maturation, ballerup);
            sql("insert into project_partner (project_id, organisation_id, role) values (?1, ?2, 'PARTICIPANT')", followUp, aarhus);
            List<OrganisationParticipation> rows = participation.participation(
                    DashboardFilter.ofFund(id("fund", "Udviklingspuljen")), 50, 0).rows();
            OrganisationParticipation first = rows.get(0);
            assertEquals("Aarhus Kommunes Biblioteker", first.name(), "the only one in two projects");
            assertEquals(List.of(2L, 2L, 1L), List.of(first.projects(), first.asOwner(), first.asPartner()));
            OrganisationParticipation ballerupRow = rows.stream().filter(r -> r.organisationId() == ballerup).findFirst().orElseThrow();
            assertEquals(List.of(1L, 0L, 1L), List.of(ballerupRow.projects(), ballerupRow.asOwner(), ballerupRow.asPartner()));
            assertEquals(new MoneyTotal(Money.dkk("0"), 0, 1), ballerupRow.granted(), "the seed states no amount");
            return null;
        });
    }

    // Q8 ----------------------------------------------------------------------------------------------------------

    @Test
    void theMaturationProjectLedToTheApplicationForTheLargerProject() {
        ChainOverview overview = chains.chains(DashboardFilter.NONE);
        FollowUpChain chain = overview.chains().stream().filter(c -> c.first().title().equals(MATURATION)).findFirst().orElseThrow();
        assertEquals(List.of(MATURATION, FOLLOW_UP), chain.steps().stream().map(ChainStep::title).toList());
        ChainStep start = chain.steps().get(0);
        assertEquals(ProjectType.MATURATION, start.type());
        assertEquals(ProjectStatus.GRANTED, start.status());
        ChainStep next = chain.steps().get(1);
        assertEquals(1, next.depth());
        assertEquals(ProjectType.DEVELOPMENT, next.type());
        assertEquals(ProjectStatus.APPLICATION_RECEIVED, next.status());
        assertNull(next.granted(), "the seed states no amounts: ikke oplyst, never 0");
        assertNull(next.total());
        assertEquals(new MoneyTotal(Money.dkk("0"), 0, 2), chain.granted());
        assertEquals(new MoneyTotal(Money.dkk("0"), 0, 2), chain.total());
        assertFalse(next.followUpOutOfSight());
        assertTrue(overview.chains().stream().noneMatch(c -> c.first().title().equals(FOLLOW_UP)),
                "the follow-up is part of the chain, not a chain of its own");

        assertEquals(chain, chains.chainFrom(start.id()).orElseThrow());
        assertEquals(List.of(FOLLOW_UP), chains.chainFrom(next.id()).orElseThrow().steps().stream().map(ChainStep::title).toList());
        assertEquals(Optional.empty(), chains.chainFrom(999_999_999L));
    }

    @Test
    void theChainSumsWhatIsKnownAndEndsVisiblyAtAFundOutOfSight() throws Exception {
        asAdmin.call(() -> {
            long maturation = id("project", MATURATION);
            long followUp = id("project", FOLLOW_UP);
            sql("update project set total_amount = 400000, total_currency = 'DKK' where id = ?1", maturation);
            sql("update project_grant set granted_amount = 250000, granted_currency = 'DKK' where project_id = ?1", maturation);
            sql("update project set total_amount = 2000000, total_currency = 'DKK' where id = ?1", followUp);
            FollowUpChain chain = chains.chainFrom(maturation).orElseThrow();
            assertEquals(new MoneyTotal(Money.dkk("250000"), 1, 1), chain.granted());
            assertEquals(new MoneyTotal(Money.dkk("2400000"), 2, 0), chain.total());
            assertEquals(Money.dkk("2000000"), chain.steps().get(1).total());

            // The follow-up leads on into a fund that nobody here administers or reads: the walk stops and says so.
            long funder = insert("insert into organisation (name, type) values (?1, 'AGENCY') returning id", TestData.unique("Fremmed fond"));
            long foreign = insert("insert into fund (funder_id, name, short_name) values (?1, ?2, 'Fremmed') returning id",
                    funder, TestData.unique("Fremmed pulje"));
            long hidden = insert("""
                    insert into project (fund_id, title, project_type, status) values (?1, ?2, 'DEVELOPMENT', 'UNDER_REVIEW')
                    returning id""", foreign, TestData.unique("Skjult opfølgning"));
            sql("update project set project_type = 'MATURATION', follow_up_id = ?1 where id = ?2", hidden, followUp);
            FollowUpChain cut = chains.chainFrom(maturation).orElseThrow();
            assertEquals(List.of(maturation, followUp), cut.steps().stream().map(ChainStep::id).toList());
            assertTrue(cut.steps().get(1).followUpOutOfSight());
            assertFalse(cut.steps().get(0).followUpOutOfSight());
            assertEquals(Optional.empty(), chains.chainFrom(hidden), "a project out of sight is not found");
            return null;
        });
    }

    @Test
    void aCycleEndsTheWalk() throws Exception {
        asAdmin.call(() -> {
            long maturation = id("project", MATURATION);
            long followUp = id("project", FOLLOW_UP);
            // The follow-up (made a maturation project) leads back to the start: walked once, then the walk ends.
            sql("update project set project_type = 'MATURATION', follow_up_id = ?1 where id = ?2", maturation, followUp);
            assertEquals(List.of(maturation, followUp), chains.chainFrom(maturation).orElseThrow().steps().stream()
                    .map(ChainStep::id).toList());
            assertEquals(List.of(followUp, maturation), chains.chainFrom(followUp).orElseThrow().steps().stream()
                    .map(ChainStep::id).toList());
            return null;
        });
    }

    // -------------------------------------------------------------------------------------------------------------

    private SeedProject seedProject(String title) {
        return seed.projects().stream().filter(p -> p.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the seed document: " + title));
    }

    private long id(String what, String name) {
        String sql = switch (what) {
            case "fund" -> "select id from fund where short_name = ?1";
            case "round" -> "select id from funding_round where name = ?1";
            case "project" -> "select id from project where title = ?1";
            case "organisation" -> "select id from organisation where name = ?1";
            default -> throw new IllegalArgumentException(what);
        };
        return ((Number) em.createNativeQuery(sql).setParameter(1, name).getSingleResult()).longValue();
    }

    private long insert(String statement, Object... arguments) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}
