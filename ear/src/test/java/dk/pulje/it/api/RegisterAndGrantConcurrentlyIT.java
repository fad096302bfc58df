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
 * Decisions in a round while other transactions write the same round's sums. Found by BackupIT in CI: granting a
 * project that had no grant yet wrote the grant (and through its trigger the round's summary row) before it locked the
 * round for the envelope check, while a project's insert holds a key-share lock on its round (the foreign key) before
 * its own trigger updates that same summary row; the two waited for each other and PostgreSQL broke the deadlock with
 * a 500. The same cycle, deterministic here, arose with any transaction that writes a round's summary row twice (an
 * import): its second write re-checks the summary's foreign key, a key-share lock on the round, which the decision's
 * {@code FOR UPDATE} refused while the decision waited for the summary row. Decisions now lock the round first, with
 * {@code FOR NO KEY UPDATE}, which only other decisions wait for.
 */
@PuljeIntegrationTest
@RunAsClient
class RegisterAndGrantConcurrentlyIT {

    private static final String FUND = "Samtidighedspuljen";
    private static final String WAITING_FUND = "Ventepuljen";
    private static final String ENVELOPE_FUND = "Rammepuljen";
    private static final String DEADLOCK_FUND = "Låsepuljen";
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
        long[] fund = fund(FUND);
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

    /**
     * A decision holds the round's lock while another transaction (standing in for an import, by SQL in the test's
     * own connection) changes a grant in the round: that change's trigger writes the round's summary row, and writing
     * the row again in the same transaction (the trigger does, as an import does for row after row) re-checks the
     * summary's foreign key with a key-share lock on the round. To make the order certain, the test's connection
     * first holds the decided project's row, which stops the decision after it locked the round and before it writes
     * its grant. With a {@code FOR UPDATE} round lock the two waited for each other (a deadlock, one of them failed);
     * with {@code FOR NO KEY UPDATE} the writer goes on, commits, and the decision follows.
     */
    @Test
    void aWriterOfTheRoundsSumsIsNotBlockedByADecisionHoldingTheRound() throws Exception {
        long[] fund = fund(WAITING_FUND);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long changed = register(fund, "Ventende ændring", failures);
        long decided = register(fund, "Ventende afgørelse", failures);
        grant(changed, failures);
        assertEquals(List.of(), List.copyOf(failures));

        try (Connection writer = ClientSql.connect()) {
            writer.setAutoCommit(false);
            ClientSql.update(writer, "set local statement_timeout = '30s'");
            long writerPid = ClientSql.id(writer, "select pg_backend_pid()");
            ClientSql.id(writer, "select id from project where id = ? for update", decided);

            Thread decision = new Thread(() -> grant(decided, failures), "decision");
            decision.start();
            awaitBlockedBy(writerPid, 1); // the decision has locked the round and waits for the project's row

            try {
                ClientSql.update(writer, "update project_grant set granted_amount = granted_amount + 1 where project_id = ?",
                        changed);
                writer.commit();
            } catch (SQLException e) {
                writer.rollback();
                failures.add("the writer: " + e.getSQLState() + " " + e.getMessage());
            }
            decision.join(TimeUnit.MINUTES.toMillis(1));
            assertTrue(!decision.isAlive(), "the decision finished");
        }
        assertEquals(List.of(), List.copyOf(failures), "the writer and the decision both succeeded");
        try (Connection db = ClientSql.connect()) {
            BigDecimal summary = decimal(db, "select granted_sum from round_summary where round_id = ?", fund[1]);
            assertEquals(0, decimal(db, """
                    select sum(g.granted_amount) from project_grant g join project p on p.id = g.project_id
                    where p.round_id = ?""", fund[1]).compareTo(summary));
            assertEquals(0, new BigDecimal("120001.00").compareTo(summary), "2 × 60.000 kr. + 1 kr.: " + summary);
        }
    }

    /**
     * The lock still does its first job: two decisions at the same moment in a round whose envelope has room for one
     * of them are counted one after the other, so the second is refused instead of both slipping past the envelope.
     * The test's connection holds the round as a decision would, until both decisions wait for it.
     */
    @Test
    void twoDecisionsAtOnceAreCountedOneAfterTheOther() throws Exception {
        long[] fund = fund(ENVELOPE_FUND);
        try (Connection db = ClientSql.connect()) {
            ClientSql.update(db, "update funding_round set envelope_amount = 100000.00, envelope_currency = 'DKK' where id = ?",
                    fund[1]);
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Long> projects = List.of(register(fund, "Ramme 1", failures), register(fund, "Ramme 2", failures));
        assertEquals(List.of(), List.copyOf(failures));
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        try (Connection holder = ClientSql.connect()) {
            holder.setAutoCommit(false);
            ClientSql.id(holder, "select id from funding_round where id = ? for no key update", fund[1]);
            List<Thread> decisions = new ArrayList<>();
            for (long project : projects) {
                Thread decision = new Thread(() -> {
                    String path = "api/v1/projects/" + project + "/grant";
                    HttpResponse<String> read = admin.get(path);
                    statuses.add(admin.post(path, """
                            {"granted": "60000.00", "decisionDate": "2026-11-26"}""", "If-Match", etag(read)).statusCode());
                }, "decision-" + project);
                decisions.add(decision);
                decision.start();
            }
            awaitRoundLockWaiters(2);
            holder.commit();
            for (Thread decision : decisions) {
                decision.join(TimeUnit.MINUTES.toMillis(1));
            }
        }
        assertEquals(List.of(200, 422), statuses.stream().sorted().toList(),
                "one decision fits the envelope; the other, counted after it, is refused");
        try (Connection db = ClientSql.connect()) {
            assertEquals(1, ClientSql.id(db, """
                    select count(*) from project_grant g join project p on p.id = g.project_id
                    where p.round_id = ? and g.granted_amount is not null""", fund[1]));
        }
    }

    /**
     * Should PostgreSQL still end a request's transaction to break a deadlock, the request was fine and is rolled back
     * whole: the answer says "try again" (503, {@code Retry-After}, problem details without an incident), not 500.
     * The test's own connection makes a real deadlock with a decision: it holds the decided project's row, which the
     * decision waits for after it has locked the round, and then asks for the round. The decision waited first, so its
     * deadlock check runs first and PostgreSQL ends it; should the machine be so slow that the test's connection is
     * ended instead (its wait began more than a second later), the case is made again with a new project.
     */
    @Test
    void aDecisionEndedByADeadlockIsToldToTryAgainAndNothingIsHalfWritten() throws Exception {
        long[] fund = fund(DEADLOCK_FUND);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        HttpResponse<String> answer = null;
        long decided = -1;
        for (int attempt = 1; attempt <= 3 && answer == null; attempt++) {
            decided = register(fund, "Afgørelse i baglås " + attempt, failures);
            answer = deadlockedDecision(fund[1], decided);
        }
        assertEquals(List.of(), List.copyOf(failures));
        assertTrue(answer != null, "PostgreSQL ended the decision in one of three tries");
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("1", answer.headers().firstValue("Retry-After").orElse(null));
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("Prøv igen"), answer.body());
        assertTrue(!answer.body().contains("incident"), "not a bug, so no incident: " + answer.body());
        try (Connection db = ClientSql.connect()) {
            assertEquals(0, ClientSql.id(db, "select count(*) from project_grant where project_id = ?", decided),
                    "the ended decision left no grant");
            assertEquals(1, ClientSql.id(db, "select count(*) from project where id = ? and status = 'UNDER_REVIEW'",
                    decided), "and the project as it was");
        }
        grant(decided, failures);
        assertEquals(List.of(), List.copyOf(failures), "trying again works");
    }

    /** The decision's answer, or null when PostgreSQL ended the test's connection instead of the decision. */
    private HttpResponse<String> deadlockedDecision(long round, long decided) throws Exception {
        try (Connection holder = ClientSql.connect()) {
            holder.setAutoCommit(false);
            long holderPid = ClientSql.id(holder, "select pg_backend_pid()");
            ClientSql.id(holder, "select id from project where id = ? for update", decided);
            String path = "api/v1/projects/" + decided + "/grant";
            String tag = etag(admin.get(path));
            java.util.concurrent.CompletableFuture<HttpResponse<String>> decision = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> admin.post(path, """
                            {"granted": "60000.00", "decisionDate": "2026-11-26"}""", "If-Match", tag));
            awaitBlockedBy(holderPid, 1); // the decision holds the round and waits for the project's row
            try {
                ClientSql.id(holder, "select id from funding_round where id = ? for no key update", round);
            } catch (SQLException e) {
                holder.rollback();
                if ("40P01".equals(e.getSQLState())) {
                    decision.get(1, TimeUnit.MINUTES); // it went on and granted; the next try takes a new project
                    return null;
                }
                throw e;
            }
            holder.rollback();
            return decision.get(1, TimeUnit.MINUTES);
        }
    }

    /**
     * Until {@code count} requests wait for a round's decision lock (the second waits behind the first in PostgreSQL's
     * queue for the row, so it is not blocked by the holder directly).
     */
    private static void awaitRoundLockWaiters(int count) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection db = ClientSql.connect()) {
            while (ClientSql.id(db, """
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                    and query like '%from funding_round where id = $1 for no key update%'""") < count) {
                assertTrue(System.nanoTime() < deadline, count + " decisions came to wait for the round's lock");
                Thread.sleep(50);
            }
        }
    }

    /** Until {@code count} other backends wait for a lock that the given one holds. */
    private static void awaitBlockedBy(long pid, int count) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection db = ClientSql.connect()) {
            while (ClientSql.id(db, "select count(*) from pg_stat_activity where ?::int = any(pg_blocking_pids(pid))",
                    pid) < count) {
                assertTrue(System.nanoTime() < deadline, count + " requests came to wait for the lock held by " + pid);
                Thread.sleep(50);
            }
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
    private static long[] fund(String shortName) throws SQLException {
        try (Connection db = ClientSql.connect()) {
            ClientSql.update(db, """
                    insert into fund (funder_id, name, short_name) select min(o.id), ?, ?
                    from organisation o""", shortName + " (samtidighedstest)", shortName);
            long fund = ClientSql.id(db, "select id from fund where short_name = ?", shortName);
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
