package dk.pulje.it.ops;

import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.ops.PuljeInstance;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14 on a separate Pulje (./pulje run, C's PuljeInstance), whose PostgreSQL the test may kill: readiness says
 * DOWN while the database is away and UP again once it is back, without a WildFly restart; liveness stays UP all along
 * (a restart of WildFly would not bring the database back). A page asked for meanwhile is a 503 "try again" (C's
 * FaultsIT: its words) and gets its line in the request log. And while a start's migrations run, readiness is DOWN.
 */
class ReadinessWhileDatabaseAwayIT {

    @Test
    void readinessFollowsTheDatabaseAndAFailedPageIsLogged() throws Exception {
        try (PuljeInstance pulje = PuljeInstance.start("health-database-away")) {
            String management = pulje.managementUrl().replaceAll("/$", "");
            long fund;
            try (Connection db = pulje.connect();
                 ResultSet row = db.createStatement().executeQuery("select id from fund where short_name = 'Uddannelsespuljen'")) {
                assertTrue(row.next());
                fund = row.getLong(1);
            }
            HttpResponse<String> ready = Management.get(management, "/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().replace(" ", "").contains("{\"name\":\"pulje-database\",\"status\":\"UP\"}"), ready.body());
            WebClient admin = WebClient.loggedInAt(pulje.url(), "admin", PuljeInstance.DEMO_PASSWORD);

            pulje.killPostgres();

            HttpResponse<String> notReady = await(management, "/health/ready", r -> r.statusCode() == 503);
            assertTrue(notReady.body().replace(" ", "").contains("\"name\":\"pulje-database\",\"status\":\"DOWN\""),
                    notReady.body());
            HttpResponse<String> live = Management.get(management, "/health/live");
            assertEquals(200, live.statusCode(), "WildFly itself is alive: " + live.body());

            ServerLog log = ServerLog.from(pulje.serverLog());
            HttpResponse<String> page = admin.get("funds/fund.xhtml?id=" + fund);
            assertEquals(503, page.statusCode(), "try again (FaultsIT has the page's words)");
            assertFalse(page.body().contains("PSQLException") || page.body().contains("Connection refused"),
                    "nothing of the cause on the page");
            // The per-request login check may be what fails: then before Pulje's filters, with no time and no user.
            String since = log.awaitContaining("path=/pulje/funds/fund.xhtml status=503");
            assertTrue(Pattern.compile("WARN(ING)? +\\[dk\\.pulje\\.request\\].*failed request: method=GET"
                    + " path=/pulje/funds/fund\\.xhtml status=503 ms=(\\d+|-) user=(admin|-)$", Pattern.MULTILINE)
                    .matcher(since).find(), "the request's line:\n" + since);

            pulje.startPostgres();

            HttpResponse<String> readyAgain = await(management, "/health/ready", r -> r.statusCode() == 200);
            assertTrue(readyAgain.body().replace(" ", "").contains("{\"name\":\"pulje-database\",\"status\":\"UP\"}"),
                    readyAgain.body());

            readinessIsDownWhileTheMigrationsRun(pulje, management);
        }
    }

    /**
     * A restart whose Flyway run is held (the test locks Flyway's history table as soon as PostgreSQL answers, before
     * WildFly gets there): while the migration waits, readiness is 503; when it may go on, the start completes and
     * readiness is UP.
     */
    private static void readinessIsDownWhileTheMigrationsRun(PuljeInstance pulje, String management) throws Exception {
        pulje.stop();
        ExecutorService starting = Executors.newSingleThreadExecutor();
        try {
            Future<?> restart = starting.submit(pulje::restart);
            Connection holder = null;
            for (int i = 0; i < 600 && holder == null; i++) {
                try {
                    holder = pulje.connect();
                } catch (java.sql.SQLException notYet) {
                    Thread.sleep(100);
                }
            }
            assertNotNull(holder, "PostgreSQL of the restart never answered");
            try (Connection lock = holder) {
                lock.setAutoCommit(false);
                lock.createStatement().execute("lock table flyway_schema_history in access exclusive mode");
                try (Connection watcher = pulje.connect()) {
                    boolean waiting = false;
                    for (int i = 0; i < 600 && !waiting; i++) {
                        Thread.sleep(200);
                        try (ResultSet rows = watcher.createStatement().executeQuery("""
                                select count(*) from pg_stat_activity
                                where wait_event_type = 'Lock' and query ilike '%flyway_schema_history%'""")) {
                            rows.next();
                            waiting = rows.getLong(1) > 0;
                        }
                    }
                    assertTrue(waiting, "Flyway of the restarting Pulje never reached its history table");
                }
                HttpResponse<String> during = null;
                for (int i = 0; i < 300 && during == null; i++) {
                    try {
                        during = Management.get(management, "/health/ready");
                    } catch (IllegalStateException managementNotUpYet) {
                        Thread.sleep(200);
                    }
                }
                assertNotNull(during, "the management interface never answered");
                assertEquals(503, during.statusCode(), "not ready while the migrations run: " + during.body());
                assertFalse(restart.isDone(), "the start waits for the migration");
                lock.rollback();
            }
            restart.get(5, TimeUnit.MINUTES);
            HttpResponse<String> after = await(management, "/health/ready", r -> r.statusCode() == 200);
            assertTrue(after.body().contains("pulje-database"), after.body());
        } finally {
            starting.shutdownNow();
        }
    }

    /** Polls a management path until the answer is as wanted (a minute at most: the pool may hold a broken connection). */
    private static HttpResponse<String> await(String management, String path, Predicate<HttpResponse<String>> wanted)
            throws InterruptedException {
        HttpResponse<String> answer = Management.get(management, path);
        for (int i = 0; i < 120 && !wanted.test(answer); i++) {
            Thread.sleep(500);
            answer = Management.get(management, path);
        }
        assertTrue(wanted.test(answer), path + " never became as expected: " + answer.statusCode() + " " + answer.body());
        return answer;
    }
}
