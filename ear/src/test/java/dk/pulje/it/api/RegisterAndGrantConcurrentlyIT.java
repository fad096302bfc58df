package dk.pulje.it.api;

import dk.pulje.it.support.ClientSql;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dk.pulje.it.api.ApiCalls.etag;
import static dk.pulje.it.api.ApiCalls.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Administrators registering projects in a round while others grant new projects in the same round, all at once. Found
 * by BackupIT in CI: granting a project that had no grant yet wrote the grant (and through its trigger the round's
 * summary row) before it locked the round for the envelope check, while a project's insert holds a key-share lock on
 * its round (the foreign key) before its own trigger updates that same summary row; the two waited for each other and
 * PostgreSQL broke the deadlock with a 500. Every request here must succeed, and the round's summary must equal what
 * the round holds.
 */
@PuljeIntegrationTest
@RunAsClient
class RegisterAndGrantConcurrentlyIT {

    private static final String FUND = "Samtidighedspuljen";
    private static final int REGISTRARS = 2;
    private static final int GRANTERS = 2;
    private static final int PROJECTS_EACH = 20;

    private final ApiCalls admin = ApiCalls.as("admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void projectsRegisteredAndGrantedAtOnceInOneRoundAllSucceedAndTheSummaryAddsUp() throws Exception {
        long[] fund = fund();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < REGISTRARS + GRANTERS; t++) {
            boolean grants = t >= REGISTRARS;
            int thread = t;
            threads.add(new Thread(() -> {
                try {
                    start.await();
                    for (int n = 0; n < PROJECTS_EACH && failures.isEmpty(); n++) {
                        long id = register(fund, "Samtidig " + thread + "-" + n, failures);
                        if (grants && id > 0) {
                            grant(id, failures);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }, "register-and-grant-" + t));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(5));
            assertTrue(!thread.isAlive(), thread.getName() + " finished in time");
        }
        assertEquals(List.of(), List.copyOf(failures), "every registration and grant answered as it should");

        int projects = (REGISTRARS + GRANTERS) * PROJECTS_EACH;
        int granted = GRANTERS * PROJECTS_EACH;
        try (Connection db = ClientSql.connect()) {
            assertEquals(projects, ClientSql.id(db, "select count(*) from project where round_id = ?", fund[1]));
            assertEquals(granted, ClientSql.id(db, """
                    select count(*) from project_grant g join project p on p.id = g.project_id
                    where p.round_id = ? and g.granted_amount = 60000.00""", fund[1]));
            // The summary the dashboards read, kept by triggers, equals the live aggregate.
            assertEquals(projects, ClientSql.id(db, "select projects from round_summary where round_id = ?", fund[1]));
            assertEquals(0, new BigDecimal("60000.00").multiply(BigDecimal.valueOf(granted)).compareTo(
                    decimal(db, "select granted_sum from round_summary where round_id = ?", fund[1])));
        }
    }

    private long register(long[] fund, String title, ConcurrentLinkedQueue<String> failures) {
        HttpResponse<String> created = admin.post("api/v1/projects", """
                {"fundId": %d, "roundId": %d, "type": "DEVELOPMENT", "status": "UNDER_REVIEW", "title": "%s",
                 "town": "Vejle", "totalSum": "100000.00"}""".formatted(fund[0], fund[1], title));
        if (created.statusCode() != 201) {
            failures.add("register " + title + ": " + created.statusCode() + " " + created.body());
            return -1;
        }
        return (Long) object(created).get("id");
    }

    private void grant(long project, ConcurrentLinkedQueue<String> failures) {
        String path = "api/v1/projects/" + project + "/grant";
        HttpResponse<String> read = admin.get(path);
        HttpResponse<String> decided = admin.post(path, """
                {"granted": "60000.00", "decisionDate": "2026-11-26"}""", "If-Match", etag(read));
        if (decided.statusCode() != 200) {
            failures.add("grant " + project + ": " + decided.statusCode() + " " + decided.body());
        }
    }

    /** A fund of the test's own, with one round without an envelope, administered by admin. */
    private static long[] fund() throws SQLException {
        try (Connection db = ClientSql.connect()) {
            ClientSql.update(db, """
                    insert into fund (funder_id, name, short_name) select min(o.id), 'Samtidighedstestens pulje', ?
                    from organisation o""", FUND);
            long fund = ClientSql.id(db, "select id from fund where short_name = ?", FUND);
            ClientSql.update(db, "insert into funding_round (fund_id, name, round_year) values (?, 'Samtidig 2026', 2026)",
                    fund);
            long round = ClientSql.id(db, "select id from funding_round where fund_id = ?", fund);
            ClientSql.update(db, """
                    insert into user_fund (user_id, fund_id, role) select id, ?, 'FUND_ADMIN' from user_account
                    where username = 'admin'""", fund);
            return new long[] {fund, round};
        }
    }

    private static BigDecimal decimal(Connection db, String sql, Object argument) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, argument);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getBigDecimal(1);
            }
        }
    }
}
