package dk.pulje.it.portal;

import dk.pulje.it.support.as.AdminRolledBack;
import dk.pulje.application.portal.DeadlineBoardService;
import dk.pulje.application.portal.DeadlineSearch;
import dk.pulje.application.portal.PortalService;
import dk.pulje.application.security.ScopePerRequest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test (its name keeps it out of the build): prints how long the administrators' deadline board (count and a
 * window of 25) and the applicant's pages take at 100.000 projects, through the services and as bare SQL. Run on demand:
 * {@code ./mvnw -o verify -pl ear -am -Dit.test=DeadlineBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false};
 * the figures are in the server's output ("deadline benchmark"). The projects are generated in SQL in a fund of the
 * benchmark's own that admin administers, inside a transaction that is rolled back: each with four milestones (three
 * reached), four reports (three approved) and four tranches (three paid), open dates spread over ±700 days; Randers
 * Bibliotek owns 20 of them and takes part in 10 more (the applicant's pages read as randers, in the same transaction).
 */
@PuljeIntegrationTest
class DeadlineBenchmark {

    private static final int PROJECTS = 100_000;
    private static final int RUNS = 15;

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(DeadlineBenchmark.class, DeadlineIndexesIT.class, PortalRows.class, AdminRolledBack.class,
                RandersInTheSameTransaction.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    DeadlineBoardService board;

    @Inject
    PortalService portal;

    @Inject
    AdminRolledBack asAdmin;

    @Inject
    RandersInTheSameTransaction asRanders;

    @Inject
    ScopePerRequest scopeOfThisRequest;

    @Test
    void printTheBoardsAndTheApplicantsPagesTimesAgainstTheBareSql() throws Exception {
        asAdmin.call(() -> {
            long started = System.nanoTime();
            long fund = generate();
            print("generated %,d projects in %.1f s", PROJECTS, (System.nanoTime() - started) / 1e9);
            String scope = "p.fund_id in (" + fund + ")";
            String union = DeadlineIndexesIT.union(scope);
            DeadlineSearch first = DeadlineSearch.firstPage(25).filtered(30, null, fund, false);
            compare("board: due within 30 days or overdue, by date", () -> {
                board.count(first);
                board.deadlines(first);
            }, "select count(*) from (" + union + ") d",
                    "select d.* from (" + union + ") d order by d.due_date, d.kind, d.item_id offset 0 rows fetch first 25 rows only");
            DeadlineSearch overdue = first.filtered(30, null, fund, true);
            String overdueUnion = union.replace("current_date + 30", "current_date - 1");
            compare("board: overdue only, by date", () -> {
                board.count(overdue);
                board.deadlines(overdue);
            }, "select count(*) from (" + overdueUnion + ") d",
                    "select d.* from (" + overdueUnion + ") d order by d.due_date, d.kind, d.item_id offset 0 rows fetch first 25 rows only");
            DeadlineSearch byProject = first.sortedBy(dk.pulje.application.portal.DeadlineSort.PROJECT, true);
            compare("board: sorted by project", () -> {
                board.count(byProject);
                board.deadlines(byProject);
            }, "select count(*) from (" + union + ") d", "select d.* from (" + union + ") d order by lower(d.project_title), "
                    + "d.due_date, d.kind, d.item_id offset 0 rows fetch first 25 rows only");
            long randers = ((Number) em.createNativeQuery("select id from organisation where name = 'Randers Bibliotek'")
                    .getSingleResult()).longValue();
            em.createNativeQuery("update project set owner_id = ?1 where fund_id = ?2 and id % 5000 = 0")
                    .setParameter(1, randers).setParameter(2, fund).executeUpdate();
            em.createNativeQuery("""
                    insert into project_partner (project_id, organisation_id, role)
                    select id, ?1, 'PARTICIPANT' from project where fund_id = ?2 and id % 10000 = 2500""")
                    .setParameter(1, randers).setParameter(2, fund).executeUpdate();
            em.createNativeQuery("analyze project").executeUpdate();
            em.createNativeQuery("analyze project_partner").executeUpdate();
            return asRanders.call(() -> {
                compare("applicant: Mine projekter (count + 25)", () -> {
                    portal.countMyProjects();
                    portal.myProjects(0, 25);
                });
                compare("applicant: calendar, 12 months", () -> portal.myDeadlines(PortalService.CALENDAR_MONTHS));
                return null;
            });
        });
    }

    /** A fund of the benchmark's own, administered by admin, with {@link #PROJECTS} projects and their items. */
    private long generate() {
        PortalRows rows = new PortalRows(em);
        long fund = rows.foreignFund("Benchmarkpuljen " + System.nanoTime());
        sql("insert into user_fund (user_id, fund_id, role) select id, ?1, 'FUND_ADMIN' from user_account where username = 'admin'", fund);
        scopeOfThisRequest.forget();
        long owner = rows.organisation("Benchmarkbiblioteket " + System.nanoTime());
        sql("""
                insert into project (fund_id, owner_id, title, project_type, status, total_amount, total_currency)
                select ?1, ?2, 'Frist ' || md5(g::text), 'DEVELOPMENT',
                       (array['GRANTED', 'ACTIVE', 'FINAL_REPORT_DUE', 'CLOSED'])[1 + g % 4], 1000000, 'DKK'
                from generate_series(1, ?3) g""", fund, owner, PROJECTS);
        String items = " from generate_series(0, 3) n, project p where p.fund_id = ?1";
        String date = "case when n < 3 then date '2024-01-01' + n * 90 else current_date - 700 + (p.id % 1400)::int end";
        sql("insert into milestone (project_id, title, due_date, status) select p.id, 'Milepæl ' || n, " + date
                + ", case when n < 3 then 'REACHED' else 'PLANNED' end" + items, fund);
        sql("insert into report_obligation (project_id, report_type, due_date, status) select p.id, 'STATUS', " + date
                + ", case when n < 3 then 'APPROVED' else 'DUE' end" + items, fund);
        sql("insert into project_grant (project_id, granted_amount, granted_currency, decision_date, planned_total) "
                + "select id, 400000, 'DKK', date '2024-01-01', 400000 from project where fund_id = ?1", fund);
        sql("""
                insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                select g.id, %s, 100000, 'DKK', case when n < 3 then date '2024-01-01' + n * 90 end,
                       case when n < 3 then 100000 end, case when n < 3 then 'DKK' end
                from generate_series(0, 3) n, project_grant g join project p on p.id = g.project_id where p.fund_id = ?1"""
                .formatted(date), fund);
        for (String table : new String[]{"project", "project_grant", "payment", "report_obligation", "milestone"}) {
            sql("analyze " + table);
        }
        return fund;
    }

    private void compare(String name, Runnable service, String... bareSql) {
        double[] viaService = time(service);
        if (bareSql.length == 0) {
            print("%-48s service p50 %7.1f ms p95 %7.1f ms", name, p(viaService, 50), p(viaService, 95));
            return;
        }
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
            work.run();
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
        System.out.println("deadline benchmark: " + String.format(Locale.ROOT, format, arguments));
    }

    private void sql(String sql, Object... arguments) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        query.executeUpdate();
    }
}
