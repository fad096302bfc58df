package dk.pulje.it.worklist;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL answers the work lists from their indexes at scale: 20.000 generated projects, each with a grant, four
 * tranches (three paid) and four reports (three approved), in a transaction that is rolled back; one grant in ten has
 * money not yet planned (the others' plans cover them, as in a fund that plans its tranches); statistics refreshed;
 * then EXPLAIN on statements of the shape WorkListService sends (the caller's funds as values, the horizon, the order
 * with the id as tie-breaker, a limit), as ProjectListIndexesIT does for the project list.
 */
@PuljeIntegrationTest
class WorkListIndexesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(WorkListIndexesIT.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private final List<String> misses = new ArrayList<>();

    @Test
    void theWorkListsUseTheirIndexes() throws Exception {
        transaction.begin();
        try {
            em.createNativeQuery("""
                    insert into project (fund_id, title, project_type, status, total_amount, total_currency)
                    select (select min(id) from fund), 'Arbejdslisteindeks ' || g, 'DEVELOPMENT',
                           (array['GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE', 'CLOSED'])[1 + g % 4], 1000000, 'DKK'
                    from generate_series(1, 20000) g""").executeUpdate();
            em.createNativeQuery("""
                    insert into project_grant (project_id, granted_amount, granted_currency, decision_date)
                    select id, case when id % 10 = 0 then 500000 else 400000 end, 'DKK', date '2024-01-01'
                    from project where title like 'Arbejdslisteindeks %'""").executeUpdate();
            String grants = " from project_grant g join project p on p.id = g.project_id where p.title like 'Arbejdslisteindeks %'";
            em.createNativeQuery("""
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                    select g.id, date '2024-01-01' + n * 90, 100000, 'DKK', date '2024-01-01' + n * 90, 100000, 'DKK'
                    """ + grants.replace("from project_grant g", "from generate_series(1, 3) n, project_grant g")).executeUpdate();
            em.createNativeQuery("""
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency)
                    select g.id, current_date - 700 + (g.id % 1400)::int, 100000, 'DKK'""" + grants).executeUpdate();
            // Σ planned as Grant.planPayment keeps it (V12), recounted as V12's backfill does.
            em.createNativeQuery("""
                    update project_grant g set planned_total = s.total
                    from (select grant_id, sum(planned_amount) as total from payment group by grant_id) s
                    where s.grant_id = g.id""").executeUpdate();
            String projects = " from project p where p.title like 'Arbejdslisteindeks %'";
            em.createNativeQuery("""
                    insert into report_obligation (project_id, report_type, due_date, status, decided_on)
                    select p.id, 'STATUS', date '2024-01-01' + n * 90, 'APPROVED', date '2024-01-01' + n * 90
                    """ + projects.replace("from project p", "from generate_series(1, 3) n, project p")).executeUpdate();
            em.createNativeQuery("""
                    insert into report_obligation (project_id, report_type, due_date, status)
                    select p.id, 'FINAL', current_date - 700 + (p.id % 1400)::int, 'DUE'""" + projects).executeUpdate();
            em.createNativeQuery("analyze project").executeUpdate();
            em.createNativeQuery("analyze project_grant").executeUpdate();
            em.createNativeQuery("analyze payment").executeUpdate();
            em.createNativeQuery("analyze report_obligation").executeUpdate();
            Number fund = (Number) em.createNativeQuery("select min(id) from fund").getSingleResult();
            String scope = " and p.fund_id in (" + fund.longValue() + ") and p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN') ";
            String page = " offset 0 rows fetch first 25 rows only";

            // Payments due, earliest first: read in date order from the open tranches only, stopping at the page.
            assertPlanUses("payment_open_planned_idx", """
                    select pm.id from payment pm join project_grant g on g.id = pm.grant_id join project p on p.id = g.project_id
                    where pm.paid_date is null and pm.planned_date <= current_date + 30""" + scope
                    + "order by pm.planned_date asc, pm.id asc" + page);
            assertPlanUses("payment_open_planned_idx", """
                    select count(pm.id) from payment pm join project_grant g on g.id = pm.grant_id join project p on p.id = g.project_id
                    where pm.paid_date is null and pm.planned_date <= current_date + 30 and pm.planned_date < current_date""" + scope);
            // Reports due, earliest first.
            assertPlanUses("report_obligation_due_idx", """
                    select ro.id from report_obligation ro join project p on p.id = ro.project_id
                    where ro.status in ('DUE', 'RETURNED') and ro.due_date <= current_date + 30""" + scope
                    + "order by ro.due_date asc, ro.id asc" + page);
            // Σ paid of the project list's window: from the index alone.
            assertPlanUses("payment_grant_amounts_idx", """
                    select p.id, (select sum(pm.paid_amount) from payment pm where pm.grant_id = g.id)
                    from project p left join project_grant g on g.project_id = p.id where p.fund_id in (""" + fund.longValue()
                    + ") order by lower(p.title), p.id" + page);
            // Grants with money not yet planned, most unplanned first: read in order from the partial index of the
            // grants with money not yet planned, by the Σ planned each grant keeps (V12), never summing tranches.
            String unplanned = """
                    from project_grant g join project p on p.id = g.project_id join fund f on f.id = p.fund_id
                    left join organisation o on o.id = p.owner_id
                    where g.granted_amount is not null and p.status in ('GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE')
                      and (g.granted_amount - g.planned_total) > 0 and p.fund_id in (""" + fund.longValue() + ") ";
            assertPlanUses("project_grant_unplanned_idx", "select g.id, g.planned_total " + unplanned
                    + "order by (g.granted_amount - g.planned_total) desc, g.id desc" + page);
            // Their count reads every grant row (one per grant, no tranches): the few with money not yet planned are
            // spread over all the table's pages, so a scan is cheaper than the index, and the planner knows how few
            // they are from the statistics on the expression (V12) instead of assuming a third of all grants.
            long actual = ((Number) em.createNativeQuery(
                    "select count(*) from project_grant g where (g.granted_amount - g.planned_total) > 0").getSingleResult()).longValue();
            Matcher estimate = Pattern.compile("on project_grant g .*rows=(\\d+)")
                    .matcher(plan("select g.id from project_grant g where (g.granted_amount - g.planned_total) > 0"));
            if (!estimate.find() || Long.parseLong(estimate.group(1)) > 2 * actual || Long.parseLong(estimate.group(1)) < actual / 2) {
                misses.add("an estimate within a factor 2 of the " + actual + " grants with money not yet planned, got "
                        + plan("select g.id from project_grant g where (g.granted_amount - g.planned_total) > 0"));
            }
        } finally {
            transaction.rollback();
        }
        assertEquals(List.of(), misses);
    }

    /** Collects every miss, so that one run shows all plans that do not use their index. */
    private void assertPlanUses(String index, String sql) {
        String plan = plan(sql);
        if (!plan.contains(index)) {
            misses.add(index + " for\n" + sql + "\n" + plan);
        }
    }

    private String plan(String sql) {
        @SuppressWarnings("unchecked")
        List<Object> lines = em.createNativeQuery("explain " + sql).getResultList();
        return lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
}
