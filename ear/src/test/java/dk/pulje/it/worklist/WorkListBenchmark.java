package dk.pulje.it.worklist;

import dk.pulje.it.support.NativeSql;
import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectSearch;
import dk.pulje.application.worklist.GrantSort;
import dk.pulje.application.worklist.PaymentSort;
import dk.pulje.application.worklist.ReportSort;
import dk.pulje.application.worklist.WorkListSearch;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test (its name keeps it out of the build): prints how long each work list takes through WorkListService (count
 * and a window of 25, JPQL → SQL, records) at 100.000 projects, against the bare SQL of the same shape sent straight to
 * PostgreSQL, and the ratio. Run on demand:
 * {@code ./mvnw -o verify -pl ear -am -Dit.test=WorkListBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures are in the server's output ("work-list benchmark"). The projects are generated in SQL in the test fund,
 * in a transaction that is rolled back: each with a grant, four tranches (three paid) and four reports (three approved).
 */
@PuljeIntegrationTest
class WorkListBenchmark {

    private static final int PROJECTS = 100_000;
    private static final int RUNS = 15;

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(WorkListBenchmark.class, WorkListRows.class, AdminRolledBack.class, TestData.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    WorkListService workLists;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    AdminRolledBack asAdmin;

    @Test
    void printTheWorkListsTimesAgainstTheBareSql() throws Exception {
        long fund = TestData.testFundId();
        asAdmin.call(() -> {
            long started = System.nanoTime();
            generate(fund);
            print("generated %,d projects in %.1f s", PROJECTS, (System.nanoTime() - started) / 1e9);
            String scope = " and p.fund_id = " + fund + " and p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN') ";
            String page = " offset 0 rows fetch first 25 rows only";

            WorkListSearch<PaymentSort> payments = WorkListSearch.firstPage(PaymentSort.PLANNED_DATE, true, 25).withFund(fund);
            compare("payments due, by date", () -> {
                workLists.countPayments(payments);
                workLists.payments(payments);
            }, """
                    select count(pm.id) from payment pm join project_grant g on g.id = pm.grant_id join project p on p.id = g.project_id
                    where pm.paid_date is null and pm.planned_date <= current_date + 30""" + scope, """
                    select pm.id, p.id, p.title, o.name, f.short_name, pm.planned_date, pm.planned_amount, pm.release_condition
                    from payment pm join project_grant g on g.id = pm.grant_id join project p on p.id = g.project_id
                    join fund f on f.id = p.fund_id left join organisation o on o.id = p.owner_id
                    where pm.paid_date is null and pm.planned_date <= current_date + 30""" + scope
                    + " order by pm.planned_date, pm.id" + page);

            WorkListSearch<GrantSort> grants = WorkListSearch.firstPage(GrantSort.UNPLANNED, false, 25).withFund(fund);
            String unplanned = "(g.granted_amount - g.planned_total)"; // Σ planned as the grant keeps it (V12)
            compare("grants not fully planned, most unplanned first", () -> {
                workLists.countUnplannedGrants(grants);
                workLists.unplannedGrants(grants);
            }, """
                    select count(g.id) from project_grant g join project p on p.id = g.project_id
                    where g.granted_amount is not null and p.status in ('GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE')
                      and p.fund_id = """ + fund + " and " + unplanned + " > 0 ", """
                    select g.id, p.id, p.title, o.name, f.short_name, g.granted_amount, g.planned_total
                     from project_grant g join project p on p.id = g.project_id join fund f on f.id = p.fund_id
                    left join organisation o on o.id = p.owner_id
                    where g.granted_amount is not null and p.status in ('GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE')
                      and p.fund_id = """ + fund + " and " + unplanned + " > 0  order by " + unplanned + " desc, g.id desc" + page);

            WorkListSearch<ReportSort> reports = WorkListSearch.firstPage(ReportSort.DUE_DATE, true, 25).withFund(fund);
            compare("reports due, by date", () -> {
                workLists.countReports(reports);
                workLists.reports(reports);
            }, """
                    select count(ro.id) from report_obligation ro join project p on p.id = ro.project_id
                    where ro.status in ('DUE', 'RETURNED') and ro.due_date <= current_date + 30""" + scope, """
                    select ro.id, p.id, p.title, ro.report_type, ro.status, ro.due_date, o.name, f.short_name, cp.name, c.role, cp.email, cp.phone
                    from report_obligation ro join project p on p.id = ro.project_id join fund f on f.id = p.fund_id
                    left join organisation o on o.id = p.owner_id
                    left join project_contact c on c.project_id = p.id and c.position = 0
                    left join contact_person cp on cp.id = c.contact_person_id
                    where ro.status in ('DUE', 'RETURNED') and ro.due_date <= current_date + 30""" + scope
                    + " order by ro.due_date, ro.id" + page);

            ProjectSearch projects = ProjectSearch.firstPage(25).withFund(fund);
            compare("project list with Σ paid, by title", () -> {
                catalog.count(projects);
                catalog.rows(projects);
            }, "select count(p.id) from project p where p.fund_id = " + fund, """
                    select p.id, p.title, f.short_name, r.name, o.name, p.town, p.status, p.total_amount, g.granted_amount, g.id,
                           (select sum(pm.paid_amount) from payment pm where pm.grant_id = g.id)
                    from project p join fund f on f.id = p.fund_id left join funding_round r on r.id = p.round_id
                    left join organisation o on o.id = p.owner_id left join project_grant g on g.project_id = p.id
                    where p.fund_id = """ + fund + " order by lower(p.title), p.id" + page);

            // The start page's four counts; the bare SQL counts the test fund only (the demo funds add a few dozen rows).
            compare("start page: today's counts (4 statements)", workLists::todaysWork, """
                    select count(pm.id), count(pm.id) filter (where pm.planned_date < current_date)
                    from payment pm join project_grant g on g.id = pm.grant_id join project p on p.id = g.project_id
                    where pm.paid_date is null and pm.planned_date <= current_date + 30""" + scope, """
                    select count(ro.id), count(ro.id) filter (where ro.due_date < current_date)
                    from report_obligation ro join project p on p.id = ro.project_id
                    where ro.status in ('DUE', 'RETURNED') and ro.due_date <= current_date + 30""" + scope,
                    """
                    select count(g.id) from project_grant g join project p on p.id = g.project_id
                    where g.granted_amount is not null and p.status in ('GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE')
                      and p.fund_id = """ + fund + " and " + unplanned + " > 0 ",
                    "select count(p.id) filter (where p.status = 'APPLICATION_RECEIVED'), count(p.id) filter (where p.status = 'UNDER_REVIEW') "
                            + "from project p where p.status in ('APPLICATION_RECEIVED', 'UNDER_REVIEW') and p.fund_id = " + fund);
            return null;
        });
    }

    /** Times the service call and the bare statements (each run: every statement once, results read). */
    private void compare(String name, Runnable service, String... bareSql) {
        double[] viaService = time(service);
        double[] bare = time(() -> {
            for (String sql : bareSql) {
                em.createNativeQuery(sql).getResultList();
            }
        });
        print("%-48s service p50 %7.1f ms p95 %7.1f ms | bare SQL p50 %7.1f ms p95 %7.1f ms | ratio %.2f",
                name, p(viaService, 50), p(viaService, 95), p(bare, 50), p(bare, 95), p(viaService, 50) / p(bare, 50));
    }

    private static double[] time(Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run(); // warm up: plans, caches
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static void print(String format, Object... arguments) {
        System.out.println("work-list benchmark: " + String.format(Locale.ROOT, format, arguments));
    }

    private void generate(long fund) {
        WorkListRows rows = new WorkListRows(em);
        long owner = rows.organisation("Benchmarkbiblioteket");
        long contact = rows.contact(owner, "Anne Hansen", "anne@example.dk");
        sql("""
                insert into project (fund_id, owner_id, title, project_type, status, total_amount, total_currency)
                select ?1, ?2, 'Benchmark ' || md5(g::text), 'DEVELOPMENT',
                       (array['GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE', 'CLOSED'])[1 + g % 4], 1000000, 'DKK'
                from generate_series(1, ?3) g""", fund, owner, PROJECTS);
        String mine = " from project p where p.title like 'Benchmark %'";
        sql("insert into project_grant (project_id, granted_amount, granted_currency, decision_date) "
                + "select p.id, 500000 + (p.id % 7) * 100000, 'DKK', date '2024-01-01'" + mine);
        String grants = " from project_grant g join project p on p.id = g.project_id where p.title like 'Benchmark %'";
        sql("insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency) "
                + "select g.id, date '2024-01-01' + n * 90, 100000, 'DKK', date '2024-01-01' + n * 90, 100000, 'DKK'"
                + grants.replace("from project_grant g", "from generate_series(1, 3) n, project_grant g"));
        sql("insert into payment (grant_id, planned_date, planned_amount, planned_currency) "
                + "select g.id, current_date - 700 + (g.id % 1400)::int, 100000, 'DKK'" + grants);
        rows.recountPlannedTotals("g.project_id in (select p.id from project p where p.title like 'Benchmark %')");
        sql("insert into report_obligation (project_id, report_type, due_date, status, decided_on) "
                + "select p.id, 'STATUS', date '2024-01-01' + n * 90, 'APPROVED', date '2024-01-01' + n * 90"
                + mine.replace("from project p", "from generate_series(1, 3) n, project p"));
        sql("insert into report_obligation (project_id, report_type, due_date, status) "
                + "select p.id, 'FINAL', current_date - 700 + (p.id % 1400)::int, 'DUE'" + mine);
        sql("insert into project_contact (project_id, position, contact_person_id, role) select p.id, 0, " + contact
                + ", 'Projektleder'" + mine);
        for (String table : new String[]{"project", "project_grant", "payment", "report_obligation", "project_contact"}) {
            sql("analyze " + table);
        }
    }

    private void sql(String statement, Object... arguments) {
        NativeSql.run(em, statement, arguments);
    }
}
