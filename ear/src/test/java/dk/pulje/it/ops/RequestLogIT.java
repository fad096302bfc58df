package dk.pulje.it.ops;

import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: one line in server.log per slow or failed request (user, method, path, status, ms), and an unexpected
 * error's incident id on the user's page, in the request's line and beside the stack trace. The slowness and the
 * failure are real: the test holds a lock on the fund table, or renames it for a moment (and back), so the fund page's
 * query waits or fails in the database exactly as it would when PostgreSQL is slow or broken.
 */
@PuljeIntegrationTest
@RunAsClient
class RequestLogIT {

    /** The IT server runs with the default threshold. */
    private static final long SLOW_MILLIS = 1000;
    private static final Pattern INCIDENT_ON_PAGE = Pattern.compile("id=\"incident\".*?<code>([0-9a-f]{8})</code>", Pattern.DOTALL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aSlowRequestIsLoggedWithUserPathStatusAndTime() throws Exception {
        String fundPage = "funds/fund.xhtml?id=" + ForeignFund.fundId("Uddannelsespuljen");
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        ServerLog log = ServerLog.ofTestServer();
        HttpResponse<String> page;
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (Statement lock = db.createStatement()) {
                lock.execute("lock table fund in access exclusive mode");
            }
            CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> admin.get(fundPage));
            Thread.sleep(1300);
            assertFalse(waiting.isDone(), "the page waits for the lock");
            db.commit();
            page = waiting.get();
        }
        assertEquals(200, page.statusCode());
        String since = log.awaitContaining("slow request: method=GET path=/pulje/funds/fund.xhtml");
        Matcher line = Pattern.compile("INFO +\\[dk\\.pulje\\.request\\].*slow request: method=GET path=/pulje/funds/fund\\.xhtml"
                + " status=200 ms=(\\d+) user=admin$", Pattern.MULTILINE).matcher(since);
        assertTrue(line.find(), "no slow-request line in:\n" + since);
        assertTrue(Long.parseLong(line.group(1)) >= 1000, line.group());
        assertFalse(since.contains("?id="), "the query string stays out of the log");
    }

    @Test
    void aFastRequestAndARefusalAreNotLogged() {
        ServerLog log = ServerLog.ofTestServer();
        String nothing = "api/v1/nothing-" + UUID.randomUUID();
        assertEquals(404, WebClient.basic("admin", DemoUser.PASSWORD).get(nothing).statusCode());
        assertEquals(200, WebClient.anonymous().get("login.xhtml").statusCode());
        pause(); // the line would be written as the request ends, which may be just after the answer arrived
        String since = log.sinceMark();
        // On a busy machine either may take a second and be logged as slow, which is right; never as failed.
        for (String path : new String[] {"/pulje/" + nothing, "/pulje/login.xhtml"}) {
            Matcher line = Pattern.compile("(\\w+) request: method=GET path=" + Pattern.quote(path) + " status=\\d+ ms=(\\d+)")
                    .matcher(since);
            while (line.find()) {
                assertEquals("slow", line.group(1), line.group());
                assertTrue(Long.parseLong(line.group(2)) >= SLOW_MILLIS, "logged though fast: " + line.group());
            }
        }
    }

    @Test
    void anUnexpectedErrorOnAPageShowsAnIncidentIdThatIsInTheLog() throws Exception {
        String fundPage = "funds/fund.xhtml?id=" + ForeignFund.fundId("Uddannelsespuljen");
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        ServerLog log = ServerLog.ofTestServer();
        HttpResponse<String> page = withFundTableAway(() -> admin.get(fundPage));

        assertEquals(500, page.statusCode());
        Matcher shown = INCIDENT_ON_PAGE.matcher(page.body());
        assertTrue(shown.find(), "the error page shows an incident id:\n" + page.body());
        String incident = shown.group(1);
        assertFalse(page.body().contains("fund_away") || page.body().contains("SQL"), "nothing of the cause on the page");

        // The request's line is written when the answer is done, after the error page logged the stack trace: wait
        // for it, not for the stack trace (CI12 read the log between the two).
        String since = log.awaitContaining("user=admin incident=" + incident);
        assertTrue(Pattern.compile("WARN(ING)? +\\[dk\\.pulje\\.request\\].*failed request: method=GET path=/pulje/funds/fund\\.xhtml"
                + " status=500 ms=\\d+ user=admin incident=" + incident + "$", Pattern.MULTILINE).matcher(since).find(),
                "the request's line with the page's incident id:\n" + since);
        assertTrue(since.contains("Request failed, incident " + incident), "the stack trace under the same id");
    }

    @Test
    void anUnexpectedErrorInTheApiCarriesItsIncidentIdIntoTheRequestLine() throws Exception {
        ServerLog log = ServerLog.ofTestServer();
        HttpResponse<String> answer = withFundTableAway(
                () -> WebClient.basic("admin", DemoUser.PASSWORD).get("api/v1/funds"));

        assertEquals(500, answer.statusCode(), answer.body());
        Matcher shown = Pattern.compile("urn:pulje:incident:([0-9a-f]{8})").matcher(answer.body());
        assertTrue(shown.find(), answer.body());
        String incident = shown.group(1);
        String since = log.awaitContaining("incident=" + incident);
        assertTrue(Pattern.compile("failed request: method=GET path=/pulje/api/v1/funds status=500 ms=\\d+"
                + " user=admin incident=" + incident + "$", Pattern.MULTILINE).matcher(since).find(), since);
        assertTrue(since.contains("API request failed, incident " + incident), since);
    }

    /** Runs the request while the fund table has another name: its query fails as on a broken database, briefly. */
    private static <T> T withFundTableAway(java.util.function.Supplier<T> request) throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("alter table fund rename to fund_away");
            try {
                return request.get();
            } finally {
                sql.execute("alter table fund_away rename to fund");
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje",
                "postgres", System.getProperty("pulje.it.db.password"));
    }
}
