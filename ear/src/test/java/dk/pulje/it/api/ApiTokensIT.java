package dk.pulje.it.api;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.RawHttp;
import dk.pulje.it.support.TestTokens;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.TokenClient;
import dk.pulje.it.support.as.DemoUser;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, personal API tokens from outside: made with the password (HTTP Basic) and answered once, used as Bearer
 * without a password hash, listed without their secret, revoked, expired, refused for a disabled user, read-only on
 * writes, scoped exactly like their user, rate-limited (429 + Retry-After) per token and per address, and every write
 * and every failure in the security log.
 */
@PuljeIntegrationTest
@RunAsClient
class ApiTokensIT {

    private static final String AI = "AI i borgernes hænder";
    private static final String MATURATION = "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt";

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aTokenMadeWithThePasswordWorksIsListedWithoutItsSecretAndEndsWhenRevoked() {
        String user = TestUsers.create("tokens", DemoUser.PASSWORD, "FUND_ADMIN");
        TokenClient basic = TokenClient.basic(user, DemoUser.PASSWORD);
        HttpResponse<String> created = basic.post("api/v1/me/tokens",
                "{\"name\":\"Økonomisystem\",\"readOnly\":false,\"expiresAt\":\"2099-06-30\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        JsonObject answer = json(created.body());
        String token = answer.getString("token");
        assertTrue(token.startsWith("pulje_"), token);
        JsonObject details = answer.getJsonObject("details");
        long id = details.getJsonNumber("id").longValue();
        assertEquals("Økonomisystem", details.getString("name"));
        assertEquals("ACTIVE", details.getString("status"));
        assertTrue(token.startsWith(details.getString("prefix")));
        // Valid through 30 June in Danish time.
        assertEquals("2099-06-30T22:00:00Z", details.getString("expiresAt"));

        TokenClient bearer = TokenClient.bearer(token);
        HttpResponse<String> me = bearer.get("api/v1/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(user, json(me.body()).getString("username"));
        assertEquals(details.getString("prefix"), json(me.body()).getString("tokenPrefix"));
        assertTrue(json(me.body()).getJsonArray("roles").toString().contains("FUND_ADMIN"));
        assertNotNull(lastUsed(id), "the first use is recorded");

        HttpResponse<String> list = basic.get("api/v1/me/tokens");
        assertEquals(200, list.statusCode());
        assertFalse(list.body().contains(token.substring(token.lastIndexOf('_') + 1)), "the secret is never listed");
        JsonArray tokens = Json.createReader(new StringReader(list.body())).readArray();
        assertEquals(1, tokens.size());
        assertEquals(id, tokens.getJsonObject(0).getJsonNumber("id").longValue());

        assertEquals(204, bearer.delete("api/v1/me/tokens/" + id).statusCode(), "a token may revoke itself");
        HttpResponse<String> after = bearer.get("api/v1/me");
        assertEquals(401, after.statusCode());
        assertTrue(after.headers().allValues("WWW-Authenticate").stream().anyMatch(h -> h.startsWith("Bearer")));
        assertProblem(after, 401);
        assertTrue(basic.get("api/v1/me/tokens").body().contains("\"status\":\"REVOKED\""),
                "the revoked token stays on the list, marked");
        assertTrue(events(user, "TOKEN_CREATED") >= 1);
        assertTrue(events(user, "TOKEN_REVOKED") >= 1);
        assertTrue(events(user, "TOKEN_WRITE") >= 1, "the DELETE with the token is on record");
        assertTrue(events(user, "TOKEN_REFUSED") >= 1, "the use after revocation is on record");
    }

    @Test
    void aTokenCannotMakeTokensAndAReadOnlyTokenCannotWrite() {
        String user = TestUsers.create("tokens-ro", DemoUser.PASSWORD, "REGIONAL_STAFF");
        HttpResponse<String> byToken = TokenClient.bearer(TestTokens.create(user)).post("api/v1/me/tokens", "{\"name\":\"x\"}");
        assertEquals(403, byToken.statusCode());
        assertProblem(byToken, 403);

        TokenClient readOnly = TokenClient.bearer(TestTokens.readOnly(user));
        assertEquals(200, readOnly.get("api/v1/me").statusCode());
        HttpResponse<String> write = readOnly.post("api/v1/me/tokens", "{\"name\":\"x\"}", "Accept-Language", "en");
        assertEquals(403, write.statusCode());
        assertProblem(write, 403);
        assertTrue(json(write.body()).getString("detail").contains("read-only"), write.body());
        HttpResponse<String> danish = readOnly.delete("api/v1/me/tokens/1");
        assertEquals(403, danish.statusCode());
        assertTrue(json(danish.body()).getString("detail").contains("kun læse"), danish.body());
        assertTrue(events(user, "TOKEN_REFUSED") >= 2, "refused writes are on record");
    }

    @Test
    void expiredTokensTokensOfDisabledUsersAndForgedTokensAreRefused() {
        String user = TestUsers.create("tokens-exp", DemoUser.PASSWORD, "FUND_ADMIN");
        HttpResponse<String> expired = TokenClient.bearer(TestTokens.create(user, false, Instant.now().minusSeconds(1))).get("api/v1/me");
        assertEquals(401, expired.statusCode());
        assertProblem(expired, 401);

        String token = TestTokens.create(user);
        assertEquals(200, TokenClient.bearer(token).get("api/v1/me").statusCode());
        sql("update user_account set enabled = false where username = ?", user);
        assertEquals(401, TokenClient.bearer(token).get("api/v1/me").statusCode(), "disabling the user ends its tokens at once");
        sql("update user_account set enabled = true where username = ?", user);
        assertEquals(200, TokenClient.bearer(token).get("api/v1/me").statusCode());

        String wrongSecret = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertEquals(401, TokenClient.bearer(wrongSecret).get("api/v1/me").statusCode());
        assertEquals(401, TokenClient.bearer("not-a-token").get("api/v1/me").statusCode());
        assertTrue(events(user, "TOKEN_REFUSED") >= 2);
    }

    @Test
    void anApplicantsTokenSeesOnlyItsOrganisationsProjects() {
        TokenClient randers = TokenClient.bearer(TestTokens.readOnly("randers"));
        HttpResponse<String> projects = randers.get("api/projects?size=500");
        assertEquals(200, projects.statusCode(), projects.body());
        assertTrue(projects.body().contains(AI), "Randers' own project");
        assertFalse(projects.body().contains(MATURATION), "Aarhus' project is not Randers'");
        HttpResponse<String> admin = TokenClient.bearer(TestTokens.readOnly("admin")).get("api/projects?size=500");
        assertTrue(admin.body().contains(MATURATION));
        assertEquals(403, randers.get("api/v1/funds").statusCode(), "the dashboards' API stays closed to applicants");
    }

    @Test
    void anotherUsersTokenIdIsNotFoundAndStaysValid() {
        String owner = TestUsers.create("tokens-owner", DemoUser.PASSWORD, "FUND_ADMIN");
        String token = TestTokens.create(owner);
        long id = tokenId(token);
        String other = TestUsers.create("tokens-other", DemoUser.PASSWORD, "FUND_ADMIN");
        TokenClient intruder = TokenClient.bearer(TestTokens.create(other));
        HttpResponse<String> forged = intruder.delete("api/v1/me/tokens/" + id);
        assertEquals(404, forged.statusCode());
        assertProblem(forged, 404);
        assertEquals(404, intruder.delete("api/v1/me/tokens/abc").statusCode());
        assertEquals(200, TokenClient.bearer(token).get("api/v1/me").statusCode());
        assertFalse(intruder.get("api/v1/me/tokens").body().contains("\"id\":" + id + ","));
    }

    @Test
    void aTokenOverItsRateIsAnswered429WithRetryAfter() throws Exception {
        String user = TestUsers.create("tokens-rate", DemoUser.PASSWORD, "FUND_ADMIN");
        String header = "Authorization: Bearer " + TestTokens.create(user);
        // A low limit for the buckets made meanwhile (the default, 600 a minute, depends on this machine's speed to
        // reach); from an address of its own, so that the address limit is not what answers.
        List<RawHttp.Response> answers = new ArrayList<>();
        withSystemProperty("pulje.api.rate.perMinute", "30", () -> {
            for (int i = 0; i < 45; i++) {
                answers.add(RawHttp.get("127.0.0.8", "/pulje/api/v1/me", header));
            }
        });
        List<Integer> statuses = answers.stream().map(RawHttp.Response::status).toList();
        assertTrue(statuses.subList(0, 30).stream().allMatch(s -> s == 200), statuses.toString());
        RawHttp.Response refused = answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow(
                () -> new AssertionError("never refused: " + statuses));
        assertTrue(Integer.parseInt(refused.header("Retry-After").orElseThrow()) >= 1);
        assertTrue(refused.header("Content-Type").orElse("").startsWith("application/problem+json"), refused.headers().toString());
        assertTrue(refused.body().contains("\"status\":429") && refused.body().contains("Retry-After"), refused.body());
        // Another token of the same user from the same address has its own bucket (with the default limit).
        assertEquals(200, RawHttp.get("127.0.0.8", "/pulje/api/v1/me", "Authorization: Bearer " + TestTokens.create(user)).status());
    }

    @Test
    void anAddressOverItsRateIsAnswered429EvenWithoutCredentials() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        List<RawHttp.Response> refused = new ArrayList<>();
        withSystemProperty("pulje.api.rate.perAddressPerMinute", "40", () -> {
            for (int i = 0; i < 55; i++) {
                RawHttp.Response answer = RawHttp.get("127.0.0.9", "/pulje/api/v1/me");
                statuses.add(answer.status());
                if (answer.status() == 429) {
                    refused.add(answer);
                }
            }
        });
        assertTrue(statuses.subList(0, 40).stream().allMatch(s -> s == 401), statuses.toString());
        assertFalse(refused.isEmpty(), statuses.toString());
        assertTrue(refused.get(0).header("Retry-After").isPresent());
        assertTrue(refused.get(0).body().contains("\"status\":429"), refused.get(0).body());
        // Another address is not affected.
        assertEquals(401, RawHttp.get("127.0.0.10", "/pulje/api/v1/me").status());
    }

    /** Sets a system property on the running server for the duration of {@code body} (the management API). */
    private void withSystemProperty(String name, String value, Runnable body) throws Exception {
        ModelNode address = new ModelNode().add("system-property", name);
        ModelNode add = Operations.createAddOperation(address);
        add.get("value").set(value);
        assertTrue(Operations.isSuccessfulOutcome(management.getControllerClient().execute(add)));
        try {
            body.run();
        } finally {
            management.getControllerClient().execute(Operations.createRemoveOperation(address));
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, json(response.body()).getInt("status"), response.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static long tokenId(String token) {
        String lookup = token.substring(6, 18);
        return number("select id from api_token where lookup_id = ?", lookup);
    }

    private static Instant lastUsed(long id) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("select last_used_at from api_token where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                java.sql.Timestamp at = row.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long events(String username, String type) {
        return number("select count(*) from security_event where username = ? and event_type = '" + type + "'", username);
    }

    private static long number(String statement, String argument) {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(statement)) {
            query.setString(1, argument);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(String statement, String argument) {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(statement)) {
            update.setString(1, argument);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        return DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
    }
}
