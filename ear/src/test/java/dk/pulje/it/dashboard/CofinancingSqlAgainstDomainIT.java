package dk.pulje.it.dashboard;

import dk.pulje.it.support.NativeSql;
import dk.pulje.application.dashboard.Cofinancing;
import dk.pulje.application.dashboard.CofinancingRow;
import dk.pulje.application.dashboard.CofinancingService;
import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.DistributionDimension;
import dk.pulje.application.dashboard.DistributionService;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AdminRolledBack;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The co-financing dashboard's SQL against {@code OwnFinancingRule.margin} on generated projects that reach every
 * branch: a sub-pool rule with a threshold and a tolerance, a sub-pool without a rule (the fund's applies), a sub-pool
 * rule without a tolerance, unknown totals and grants, totals of 0, half-way shares (the half-even tie), margins of
 * exactly ± the tolerance and one øre beyond. And the statements per request of both dashboards, the same with 10 and
 * with 1.000 projects. All written in SQL in a transaction that is rolled back.
 */
@PuljeIntegrationTest
class CofinancingSqlAgainstDomainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(CofinancingSqlAgainstDomainIT.class, DomainComparison.class,
                AdminRolledBack.class, TestData.class, Statements.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    CofinancingService cofinancing;

    @Inject
    DistributionService distributions;

    @Inject
    AdminRolledBack asAdmin;

    @Test
    void everyGeneratedProjectIsJudgedAsTheDomainJudgesIt() throws Exception {
        long fund = TestData.testFundId();
        asAdmin.call(() -> {
            long round = generate(fund, 600);
            Cofinancing c = cofinancing.cofinancing(DashboardFilter.ofRound(round), 5, 10_000);
            assertEquals(606, c.projects().size());
            Set<OwnFinancingCheck> seen = EnumSet.noneOf(OwnFinancingCheck.class);
            for (CofinancingRow row : c.projects()) {
                OwnFinancingRule rule = new OwnFinancingRule(row.rule().minimumShare(), row.rule().threshold(),
                        row.rule().tolerance(), row.rule().source());
                DomainComparison.assertSame(rule.margin(row.total(), row.granted()), row);
                seen.add(row.outcome());
            }
            assertEquals(EnumSet.allOf(OwnFinancingCheck.class), seen, "every outcome is reached");
            assertTrue(c.projects().stream().anyMatch(r -> r.rule().owner() == CofinancingRow.RuleOwner.FUND),
                    "the sub-pool without a rule leaves the fund's");
            return null;
        });
    }

    @Test
    void bothDashboardsCostTheSameWithTenAndWithAThousandProjects() throws Exception {
        long fund = TestData.testFundId();
        Map<String, Long> ten = measure(fund, 10);
        Map<String, Long> thousand = measure(fund, 1000);
        assertEquals(ten, thousand, "statements per request with 10 and with 1.000 projects");
        Map<String, Long> expected = new LinkedHashMap<>();
        for (DistributionDimension by : DistributionDimension.values()) {
            expected.put("distribution " + by, 3L); // groups, overall, scatter
        }
        expected.put("cofinancing", 3L); // extremes, judged projects, outcomes
        assertEquals(expected, thousand);
    }

    private Map<String, Long> measure(long fund, int projects) throws Exception {
        return asAdmin.call(() -> {
            long round = generate(fund, projects);
            DashboardFilter filter = DashboardFilter.ofRound(round);
            cofinancing.cofinancing(filter); // reads (and keeps, for this request) the caller's scope
            Map<String, Long> statements = new LinkedHashMap<>();
            for (DistributionDimension by : DistributionDimension.values()) {
                statements.put("distribution " + by, Statements.countWhile(emf, () ->
                        assertEquals(projects + 6, distributions.distribution(filter, by).overall().projects())));
            }
            statements.put("cofinancing", Statements.countWhile(emf, () ->
                    assertEquals(projects + 6, cofinancing.cofinancing(filter).listedOf())));
            return statements;
        });
    }

    /** A round with three sub-pools, {@code projects} generated projects and six chosen by hand; returns the round. */
    private long generate(long fund, int projects) {
        String token = "Medfinansiering " + UUID.randomUUID().toString().substring(0, 8);
        sql("update fund set own_financing_min_share = 0.3333, own_financing_threshold_amount = null, "
                + "own_financing_threshold_currency = null, own_financing_tolerance_amount = null, "
                + "own_financing_tolerance_currency = null, own_financing_source = 'Testpuljens vilkår' where id = ?1", fund);
        long round = id("insert into funding_round (fund_id, name, round_year) values (?1, ?2, 2026) returning id", fund, token);
        long withThreshold = id("""
                insert into sub_pool (round_id, name, kind, cofinancing_min_share, cofinancing_threshold_amount,
                    cofinancing_threshold_currency, cofinancing_tolerance_amount, cofinancing_tolerance_currency,
                    cofinancing_source)
                values (?1, 'A', 'OPEN', 0.25, 100000, 'DKK', 1125, 'DKK', 'Vilkår A') returning id""", round);
        long fundsRule = id("insert into sub_pool (round_id, name, kind) values (?1, 'B', 'THEME') returning id", round);
        long exact = id("""
                insert into sub_pool (round_id, name, kind, cofinancing_min_share)
                values (?1, 'C', 'THEME', 0.5) returning id""", round);
        sql("""
                insert into project (fund_id, round_id, title, project_type, status, total_amount, total_currency)
                select ?1, ?2, ?3 || ' ' || g, 'DEVELOPMENT', 'GRANTED',
                       case when g % 37 = 0 then null when g % 41 = 0 then 0
                            else 50000 + (g * 7919) % 950000 + (g % 7) * 0.01 end,
                       case when g % 37 = 0 then null else 'DKK' end
                from generate_series(1, ?4) g""", fund, round, token, projects);
        sql("""
                insert into project_grant (project_id, sub_pool_id, granted_amount, granted_currency)
                select p.id, case p.id % 3 when 0 then ?2 when 1 then ?3 else ?4 end, a.amount,
                       case when a.amount is null then null else 'DKK' end
                from project p cross join lateral (select case when p.id % 43 = 0 then null
                        else round(coalesce(p.total_amount, 300000) * ((p.id * 31) % 101) / 100, 2) end as amount) a
                where p.title like ?1 || ' %'""", token, withThreshold, fundsRule, exact);
        // Chosen by hand: ties of the six-decimal share, the tolerance's edges, the threshold, a rounded-up requirement.
        handPicked(fund, round, token, exact, "2000000", "1999999");
        handPicked(fund, round, token, exact, "2000000", "1999997");
        handPicked(fund, round, token, withThreshold, "400000", "301125");
        handPicked(fund, round, token, withThreshold, "400000", "301125.01");
        handPicked(fund, round, token, withThreshold, "100000", "100000");
        handPicked(fund, round, token, exact, "0.03", "0.01");
        return round;
    }

    private void handPicked(long fund, long round, String token, long subPool, String total, String granted) {
        long project = id("""
                insert into project (fund_id, round_id, title, project_type, status, total_amount, total_currency)
                values (?1, ?2, ?3, 'DEVELOPMENT', 'GRANTED', cast(?4 as numeric), 'DKK') returning id""",
                fund, round, token + " håndplukket " + total + "/" + granted, total);
        sql("""
                insert into project_grant (project_id, sub_pool_id, granted_amount, granted_currency)
                values (?1, ?2, cast(?3 as numeric), 'DKK')""", project, subPool, granted);
    }

    private long id(String statement, Object... arguments) {
        return NativeSql.id(em, statement, arguments);
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}
