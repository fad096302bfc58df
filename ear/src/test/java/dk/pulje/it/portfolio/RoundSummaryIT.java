package dk.pulje.it.portfolio;

import dk.pulje.application.grant.AmendGrant;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.portfolio.PortfolioService;
import dk.pulje.application.portfolio.RoundSummary;
import dk.pulje.application.project.ChangeProjectDetails;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.TestFund;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary rows V23's triggers keep per fund and round and per sub-pool (read by the start page for those who see
 * whole funds) always equal the live aggregate over project and project_grant: after the demo data, after every kind
 * of change through the services (a new project, its total changed, an application, a decision, an amendment), after
 * changes in plain SQL that no service makes (a project moved to another round and fund, a grant moved to another
 * sub-pool, a grant and a project deleted), and after a rollback. The live aggregate is written here independently,
 * as GROUP BY over the base tables.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class RoundSummaryIT {

    /** The live sums, in the summary's columns; rows that sum to nothing are left out on both sides. */
    private static final String LIVE_ROUNDS = """
            select p.fund_id || '/' || coalesce(cast(p.round_id as text), '-') || ': ' || count(*) || ' | '
                   || coalesce(sum(p.total_amount), 0.00) || ' ' || count(p.total_amount) || ' | '
                   || coalesce(sum(g.granted_amount), 0.00) || ' ' || count(g.granted_amount) || ' | '
                   || coalesce(sum(case when p.total_amount is not null then g.granted_amount end), 0.00) || ' '
                   || coalesce(sum(case when g.granted_amount is not null then p.total_amount end), 0.00)
            from project p left join project_grant g on g.project_id = p.id
            group by p.fund_id, p.round_id
            order by 1""";
    private static final String KEPT_ROUNDS = """
            select s.fund_id || '/' || coalesce(cast(s.round_id as text), '-') || ': ' || s.projects || ' | '
                   || s.total_sum || ' ' || s.totals_known || ' | ' || s.granted_sum || ' ' || s.grants_known || ' | '
                   || s.granted_where_both || ' ' || s.total_where_both
            from round_summary s
            where not (s.projects = 0 and s.total_sum = 0 and s.totals_known = 0 and s.granted_sum = 0
                       and s.grants_known = 0 and s.granted_where_both = 0 and s.total_where_both = 0)
            order by 1""";
    private static final String LIVE_SUB_POOLS = """
            select g.sub_pool_id || ': ' || count(*) || ' | ' || coalesce(sum(g.granted_amount), 0.00)
            from project_grant g where g.sub_pool_id is not null
            group by g.sub_pool_id order by 1""";
    private static final String KEPT_SUB_POOLS = """
            select s.sub_pool_id || ': ' || s.projects || ' | ' || s.granted_sum
            from sub_pool_summary s where not (s.projects = 0 and s.granted_sum = 0)
            order by 1""";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(RoundSummaryIT.class, TestData.class, TestFund.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    GrantService grants;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectDetailService details;

    @Inject
    PortfolioService portfolio;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Test
    void theKeptSumsEqualTheLiveAggregateAfterEveryKindOfChange() throws Exception {
        assertKeptEqualsLive("after the demo data and the tests before");

        long projectId = TestData.project(projects, catalog, TestData.unique("Opsummeret"));
        assertKeptEqualsLive("a new project (total 1.000.000 kr., no grant)");

        var detail = details.detail(projectId).orElseThrow();
        projects.changeDetails(new ChangeProjectDetails(projectId, detail.version(), detail.title(), null, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Odense", null, Money.dkk("1250000.50")));
        assertKeptEqualsLive("the total changed");

        long grant = grants.registerApplication(projectId, null, Money.dkk("900000"));
        assertKeptEqualsLive("an application (no amount granted yet)");

        grants.decide(new DecideGrant(grant, 0, Money.dkk("800000"), LocalDate.of(2025, 2, 1), null, null));
        assertKeptEqualsLive("a decision of 800.000 kr.");

        grants.amend(new AmendGrant(grant, details.detail(projectId).orElseThrow().grant().version(),
                LocalDate.of(2025, 3, 1), "Tillæg", Money.dkk("850000"), null, null));
        assertKeptEqualsLive("an amendment to 850.000 kr.");

        detail = details.detail(projectId).orElseThrow();
        projects.changeDetails(new ChangeProjectDetails(projectId, detail.version(), detail.title(), null, null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Odense", null, null));
        assertKeptEqualsLive("the total no longer known");

        // Changes no service makes, in one transaction that is then rolled back: the summary rolls back with it.
        transaction.begin();
        try {
            Object[] seedRound = (Object[]) em.createNativeQuery("""
                    select r.fund_id, r.id, (select min(sp.id) from sub_pool sp where sp.round_id = r.id)
                    from funding_round r where r.name = 'Uddannelsespuljen 2024'""").getSingleResult();
            em.createNativeQuery("update project set fund_id = ?1, round_id = ?2, total_amount = 2000000, total_currency = 'DKK' where id = ?3")
                    .setParameter(1, seedRound[0]).setParameter(2, seedRound[1]).setParameter(3, projectId).executeUpdate();
            assertKeptEqualsLive("the project moved to another fund and round, with a total again");
            em.createNativeQuery("update project_grant set sub_pool_id = ?1, granted_amount = 123456.78 where id = ?2")
                    .setParameter(1, seedRound[2]).setParameter(2, grant).executeUpdate();
            assertKeptEqualsLive("the grant moved to a sub-pool, with another amount");
            em.createNativeQuery("delete from payment where grant_id = ?1").setParameter(1, grant).executeUpdate();
            em.createNativeQuery("delete from grant_amendment where grant_id = ?1").setParameter(1, grant).executeUpdate();
            em.createNativeQuery("delete from project_grant where id = ?1").setParameter(1, grant).executeUpdate();
            assertKeptEqualsLive("the grant deleted");
            em.createNativeQuery("delete from project where id = ?1").setParameter(1, projectId).executeUpdate();
            assertKeptEqualsLive("the project deleted");

            // V26: the sums are kept per statement; one statement writing several rows of two rounds (as a batched
            // import's multi-row insert does) moves each round by all of them, and an update that moves nothing
            // for one row changes nothing for it.
            em.createNativeQuery("""
                    insert into project (fund_id, round_id, title, project_type, status, total_amount, total_currency)
                    select f.id, r.id, 'Flere på én gang ' || f.id || '-' || k, 'DEVELOPMENT', 'GRANTED',
                           case when k = 3 then null else 100000 * k end, case when k = 3 then null else 'DKK' end
                    from fund f left join funding_round r on r.fund_id = f.id cross join generate_series(1, 3) k
                    where f.short_name in ('Uddannelsespuljen', 'Udviklingspuljen')""").executeUpdate();
            assertKeptEqualsLive("several projects of two funds inserted in one statement");
            em.createNativeQuery("""
                    insert into project_grant (project_id, sub_pool_id, granted_amount, granted_currency)
                    select p.id, (select min(sp.id) from sub_pool sp where sp.round_id = p.round_id), 50000, 'DKK'
                    from project p where p.title like 'Flere på én gang %'""").executeUpdate();
            assertKeptEqualsLive("their grants inserted in one statement");
            em.createNativeQuery("""
                    update project set total_amount = case when total_amount = 100000 then 100000 else 999999.99 end,
                           total_currency = 'DKK', description = 'ændret'
                    where title like 'Flere på én gang %'""").executeUpdate();
            assertKeptEqualsLive("their totals changed in one statement, one of them not");
            em.createNativeQuery("""
                    update project_grant set granted_amount = granted_amount + 1
                    where project_id in (select id from project where title like 'Flere på én gang %')""").executeUpdate();
            assertKeptEqualsLive("their grants changed in one statement");
            em.createNativeQuery("""
                    delete from project_grant
                    where project_id in (select id from project where title like 'Flere på én gang %')""").executeUpdate();
            em.createNativeQuery("delete from project where title like 'Flere på én gang %'").executeUpdate();
            assertKeptEqualsLive("their grants and then they deleted, each in one statement");
        } finally {
            transaction.rollback();
        }
        assertKeptEqualsLive("after the rollback");
    }

    /** The start page's cards come from the summary rows for an administrator, with the seed's figures. */
    @Test
    void theStartPageCardsReadTheKeptSums() {
        RoundSummary education = portfolio.roundSummaries().stream()
                .filter(card -> "Uddannelsespuljen 2024".equals(card.roundName())).findFirst().orElseThrow();
        assertEquals(15, education.projectCount());
        assertEquals(0, education.granted().sum().amount().compareTo(new java.math.BigDecimal("19944000")));
        assertEquals(0, education.totalSum().sum().amount().compareTo(new java.math.BigDecimal("40387000")));
        assertEquals(2, education.subPools().size());
    }

    private void assertKeptEqualsLive(String after) {
        List<?> live = em.createNativeQuery(LIVE_ROUNDS).getResultList();
        assertTrue(!live.isEmpty(), "the live aggregate reads something");
        assertEquals(live, em.createNativeQuery(KEPT_ROUNDS).getResultList(), "rounds, " + after);
        assertEquals(em.createNativeQuery(LIVE_SUB_POOLS).getResultList(),
                em.createNativeQuery(KEPT_SUB_POOLS).getResultList(), "sub-pools, " + after);
    }
}
