package dk.pulje.it.portal;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL answers the deadline board and the applicant's calendar from the partial indexes of open items by date:
 * 20.000 generated projects, each with four milestones (three reached), four reports (three approved) and four
 * tranches (three paid), in a transaction that is rolled back; statistics refreshed; then EXPLAIN on a statement of the
 * shape DeadlineQueries sends (the UNION ALL of the three kinds, the caller's funds, the horizon, ordered by date with
 * a page), as WorkListIndexesIT does for the work lists. Rows written here take their ids from the pooled sequence
 * (V24), one block of 50 each, so {@code id / 50} counts them: an organisation owns every 2.000th project.
 */
@PuljeIntegrationTest
class DeadlineIndexesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(DeadlineIndexesIT.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final List<String> misses = new ArrayList<>();

    /** The three branches as DeadlineQueries writes them, with the scope's values inlined. */
    static String union(String scope) {
        String project = " join fund f on f.id = p.fund_id left join organisation o on o.id = p.owner_id ";
        String running = " and p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN') and (" + scope + ") ";
        return """
                select 'REPORT' as kind, ro.id as item_id, p.title as project_title, f.short_name as fund_name, o.name as owner_name,
                       ro.due_date as due_date from report_obligation ro join project p on p.id = ro.project_id"""
                + project + " where ro.status in ('DUE', 'RETURNED') and ro.due_date <= current_date + 30" + running + """
                union all
                select 'MILESTONE', ms.id, p.title, f.short_name, o.name, ms.due_date from milestone ms join project p on p.id = ms.project_id"""
                + project + " where ms.status in ('PLANNED', 'DELAYED') and ms.due_date <= current_date + 30" + running + """
                union all
                select 'PAYMENT', pm.id, p.title, f.short_name, o.name, pm.planned_date from payment pm
                join project_grant g on g.id = pm.grant_id join project p on p.id = g.project_id"""
                + project + " where pm.paid_date is null and pm.planned_date <= current_date + 30" + running;
    }

    @Test
    void theBoardAndTheCalendarUseTheOpenItemsIndexes() throws Exception {
        transaction.begin();
        try {
            em.createNativeQuery("""
                    insert into project (fund_id, owner_id, title, project_type, status, total_amount, total_currency)
                    select (select min(id) from fund), (select min(id) from organisation), 'Fristindeks ' || g, 'DEVELOPMENT',
                           (array['GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE', 'CLOSED'])[1 + g % 4], 1000000, 'DKK'
                    from generate_series(1, 20000) g""").executeUpdate();
            String mine = " from generate_series(0, 3) n, project p where p.title like 'Fristindeks %'";
            em.createNativeQuery("""
                    insert into milestone (project_id, title, due_date, status)
                    select p.id, 'Milepæl ' || n, case when n < 3 then date '2024-01-01' + n * 90 else current_date - 700 + (p.id / 50 % 1400)::int end,
                           case when n < 3 then 'REACHED' else 'PLANNED' end""" + mine).executeUpdate();
            em.createNativeQuery("""
                    insert into report_obligation (project_id, report_type, due_date, status)
                    select p.id, 'STATUS', case when n < 3 then date '2024-01-01' + n * 90 else current_date - 700 + (p.id / 50 % 1400)::int end,
                           case when n < 3 then 'APPROVED' else 'DUE' end""" + mine).executeUpdate();
            em.createNativeQuery("""
                    insert into project_grant (project_id, granted_amount, granted_currency, decision_date)
                    select id, 400000, 'DKK', date '2024-01-01' from project where title like 'Fristindeks %'""").executeUpdate();
            em.createNativeQuery("""
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                    select g.id, case when n < 3 then date '2024-01-01' + n * 90 else current_date - 700 + (g.id / 50 % 1400)::int end,
                           100000, 'DKK', case when n < 3 then date '2024-01-01' + n * 90 end, case when n < 3 then 100000 end,
                           case when n < 3 then 'DKK' end
                    from generate_series(0, 3) n, project_grant g join project p on p.id = g.project_id
                    where p.title like 'Fristindeks %'""").executeUpdate();
            for (String table : List.of("project", "project_grant", "payment", "report_obligation", "milestone", "project_partner")) {
                em.createNativeQuery("analyze " + table).executeUpdate();
            }
            long fund = ((Number) em.createNativeQuery("select min(id) from fund").getSingleResult()).longValue();

            // The board's first page, earliest first: each branch read in date order from its open items only.
            String board = "select d.* from (" + union("p.fund_id in (" + fund + ")") + ") d order by d.due_date, d.kind, d.item_id "
                    + "offset 0 rows fetch first 25 rows only";
            assertPlanUses(board, "report_obligation_due_idx", "milestone_open_due_idx", "payment_open_planned_idx");
            // Its count: the open items within the horizon only, never every reached milestone, approved report or paid tranche.
            String count = "select count(*) from (" + union("p.fund_id in (" + fund + ")") + ") d";
            assertPlanUses(count, "report_obligation_due_idx", "milestone_open_due_idx", "payment_open_planned_idx");
            // The applicant's calendar: an organisation's few projects first (owned or as partner), then their items by
            // project, never every open item of the portfolio by date (PortalService.MINE).
            long library = ((Number) em.createNativeQuery(
                    "insert into organisation (name, type) values ('Fristindeksbiblioteket', 'LIBRARY') returning id").getSingleResult()).longValue();
            em.createNativeQuery("update project set owner_id = ?1 where title like 'Fristindeks %' and id / 50 % 2000 = 0")
                    .setParameter(1, library).executeUpdate();
            em.createNativeQuery("""
                    insert into project_partner (project_id, organisation_id, role)
                    select id, ?1, 'PARTICIPANT' from project where title like 'Fristindeks %' and id / 50 % 2000 = 1000""")
                    .setParameter(1, library).executeUpdate();
            em.createNativeQuery("analyze project").executeUpdate();
            em.createNativeQuery("analyze project_partner").executeUpdate();
            String calendar = "select d.* from (" + union("p.id in (select mp.id from project mp where mp.owner_id in (" + library
                    + ") union all select pp.project_id from project_partner pp where pp.organisation_id in (" + library + "))")
                    + ") d order by d.due_date, d.kind, d.item_id offset 0 rows fetch first 500 rows only";
            // (project_partner is read by its index once it holds more than the test database's handful of rows.)
            assertPlanUses(calendar, "project_owner_idx", "report_obligation_project_idx", "milestone_project_idx");
            if (plan(calendar).contains("Seq Scan on project p ")) {
                misses.add("the calendar reads every project:\n" + plan(calendar));
            }
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(), misses);
    }

    /** Collects every miss, so that one run shows all plans that do not use their indexes; never a scan of a whole table of items. */
    private void assertPlanUses(String sql, String... indexes) {
        String plan = plan(sql);
        for (String index : indexes) {
            if (!plan.contains(index)) {
                misses.add(index + " for\n" + sql + "\n" + plan);
            }
        }
        for (String table : List.of("milestone ms", "report_obligation ro", "payment pm")) {
            if (plan.contains("Seq Scan on " + table)) {
                misses.add("a scan of every row of " + table + " for\n" + sql + "\n" + plan);
            }
        }
    }

    private String plan(String sql) {
        @SuppressWarnings("unchecked")
        List<Object> lines = em.createNativeQuery("explain " + sql).getResultList();
        return lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
}
