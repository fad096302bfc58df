package dk.pulje.it.api;

import dk.pulje.it.organisation.Cvrs;
import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.pulje.it.api.ApiCalls.errorFor;
import static dk.pulje.it.api.ApiCalls.etag;
import static dk.pulje.it.api.ApiCalls.number;
import static dk.pulje.it.api.ApiCalls.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/organisations} and the write infrastructure of API v1 it exercises: 201 with Location and ETag, 412
 * naming who changed it and when, 428 without If-Match, idempotent POSTs, and problem details for malformed JSON,
 * wrong types, unknown fields, huge bodies and broken rules, in Danish and English.
 */
@PuljeIntegrationTest
@RunAsClient
class OrganisationApiIT {

    private static final String PROBLEM = "application/problem+json";

    private final ApiCalls admin = ApiCalls.as("admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    private static dk.pulje.it.support.ApiContract contract;

    @BeforeAll
    static void users() {
        DemoIds.withMixedUser(); // "mixed": a second fund administrator, to change what admin opened
        contract = dk.pulje.it.support.ApiContract.fetch(dk.pulje.it.support.WebClient.basic("admin",
                dk.pulje.it.support.as.DemoUser.PASSWORD));
    }

    private static String body(String name, String cvr) {
        return "{\"name\":\"" + name + "\",\"type\":\"NGO\",\"cvr\":" + (cvr == null ? "null" : "\"" + cvr + "\"")
                + ",\"town\":\"Vejle\",\"municipality\":\"Vejle\",\"region\":\"Syddanmark\",\"country\":\"DK\"}";
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registerReadAndChange() {
        String name = unique("API-foreningen");
        String cvr = Cvrs.fresh();
        HttpResponse<String> created = admin.post("api/v1/organisations", body(name, cvr));
        assertEquals(201, created.statusCode(), created.body());
        Map<String, Object> json = object(created);
        long id = (Long) json.get("id");
        assertEquals(name, json.get("name"));
        assertEquals("NGO", json.get("type"));
        assertEquals(cvr, json.get("cvr"));
        assertEquals("Syddanmark", json.get("region"));
        assertEquals(List.of(), json.get("aliases"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/pulje/api/v1/organisations/" + id));
        assertEquals("\"0\"", etag(created));
        contract.assertValid("POST", created);

        HttpResponse<String> read = admin.get("api/v1/organisations/" + id);
        assertEquals(200, read.statusCode());
        contract.assertValid("GET", read);
        assertEquals("\"0\"", etag(read));

        HttpResponse<String> changed = admin.put("api/v1/organisations/" + id, body(name + " Nord", cvr), "If-Match", "\"0\"");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(name + " Nord", object(changed).get("name"));
        assertEquals("\"1\"", etag(changed));
        contract.assertValid("PUT", changed);
        assertEquals(1, number("select count(*) from organisation where name = ?", name + " Nord"));
    }

    @Test
    void aStaleIfMatchIs412NamingWhoAndWhen() {
        String name = unique("Konfliktforeningen");
        long id = (Long) object(admin.post("api/v1/organisations", body(name, null))).get("id");
        HttpResponse<String> first = ApiCalls.as("mixed").put("api/v1/organisations/" + id, body(name + " A", null),
                "If-Match", "\"0\"");
        assertEquals(200, first.statusCode(), first.body());

        HttpResponse<String> stale = admin.put("api/v1/organisations/" + id, body(name + " B", null), "If-Match", "\"0\"");
        assertEquals(412, stale.statusCode());
        contract.assertValid("PUT", stale);
        assertEquals(PROBLEM, stale.headers().firstValue("Content-Type").orElseThrow());
        Map<String, Object> problem = object(stale);
        assertEquals("mixed", problem.get("changedBy"));
        assertNotNull(java.time.Instant.parse((String) problem.get("changedAt")));
        assertTrue(((String) problem.get("detail")).contains("ændret af mixed"), problem.toString());
        HttpResponse<String> english = admin.put("api/v1/organisations/" + id, body(name + " B", null),
                "If-Match", "\"0\"", "Accept-Language", "en");
        assertTrue(((String) object(english).get("detail")).contains("was changed by mixed"), english.body());
        assertEquals(0, number("select count(*) from organisation where name = ?", name + " B"), "nothing of it is saved");
    }

    @Test
    void aWriteWithoutIfMatchIs428() {
        long id = (Long) object(admin.post("api/v1/organisations", body(unique("Blindforeningen"), null))).get("id");
        HttpResponse<String> blind = admin.put("api/v1/organisations/" + id, body(unique("Overskrevet"), null));
        assertEquals(428, blind.statusCode());
        assertEquals(PROBLEM, blind.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(((String) object(blind).get("detail")).contains("If-Match"));
    }

    @Test
    void aRepeatedPostWithTheSameKeyCreatesOnce() {
        String name = unique("Gentagelsesforeningen");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = admin.post("api/v1/organisations", body(name, null), "Idempotency-Key", key);
        HttpResponse<String> again = admin.post("api/v1/organisations", body(name, null), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals(etag(first), etag(again));
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElseThrow());
        assertFalse(first.headers().firstValue("Idempotent-Replayed").isPresent());
        assertEquals(1, number("select count(*) from organisation where name = ?", name));
        assertEquals(1, number("select count(*) from idempotency_key where idempotency_key = ?", key));

        HttpResponse<String> other = admin.post("api/v1/organisations", body(unique("Andet indhold"), null),
                "Idempotency-Key", key);
        assertEquals(422, other.statusCode());
        assertTrue(((String) object(other).get("detail")).contains("Idempotency-Key"));

        // The key is the user's own: another user's request with the same key is a request of its own.
        String theirs = unique("Andens forening");
        HttpResponse<String> mixed = ApiCalls.as("mixed").post("api/v1/organisations", body(theirs, null),
                "Idempotency-Key", key);
        assertEquals(201, mixed.statusCode(), mixed.body());
        assertEquals(1, number("select count(*) from organisation where name = ?", theirs));
    }

    /** Two retries at the same moment: one creates, the other answers the same or "still running", never a second. */
    @Test
    void concurrentRetriesWithTheSameKeyCreateOnce() throws Exception {
        String name = unique("Samtidig forening");
        String key = UUID.randomUUID().toString();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> admin.post("api/v1/organisations", body(name, null), "Idempotency-Key", key)));
            }
            int created = 0;
            for (var answer : answers) {
                int status = answer.get().statusCode();
                assertTrue(status == 201 || status == 409, "status " + status + ": " + answer.get().body());
                created += status == 201 && answer.get().headers().firstValue("Idempotent-Replayed").isEmpty() ? 1 : 0;
            }
            assertEquals(1, created, "exactly one request wrote");
        } finally {
            pool.shutdown();
        }
        assertEquals(1, number("select count(*) from organisation where name = ?", name));
    }

    /** A body without Content-Length (chunked) is counted as it is read. */
    @Test
    void aChunkedBodyOverOneMegabyteIs413() throws Exception {
        byte[] huge = ("{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"type\":\"NGO\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(dk.pulje.it.support.Urls.base() + "api/v1/organisations"))
                .header("Authorization", dk.pulje.it.support.RawHttp.basic("admin", dk.pulje.it.support.as.DemoUser.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
    }

    @Test
    void aRefusedPostGivesItsKeyBack() {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = admin.post("api/v1/organisations", "{\"type\":\"NGO\"}", "Idempotency-Key", key);
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(0, number("select count(*) from idempotency_key where idempotency_key = ?", key));
        String name = unique("Rettet forening");
        assertEquals(201, admin.post("api/v1/organisations", body(name, null), "Idempotency-Key", key).statusCode());
    }

    @Test
    void malformedJsonWrongTypesAndUnknownFieldsAre400NamingTheField() {
        HttpResponse<String> malformed = admin.post("api/v1/organisations", "{\"name\": \"Halv");
        assertEquals(400, malformed.statusCode());
        assertEquals(PROBLEM, malformed.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Indholdet er ikke gyldig JSON.", object(malformed).get("detail"));
        assertFalse(malformed.body().contains("Halv"), "the input is not echoed");

        HttpResponse<String> wrong = admin.post("api/v1/organisations",
                "{\"name\": 7, \"type\": \"PIRATE\", \"colour\": \"blue\"}", "Accept-Language", "en");
        assertEquals(400, wrong.statusCode(), wrong.body());
        contract.assertValid("POST", wrong);
        assertEquals("The field must be a string.", errorFor(wrong, "name"));
        assertTrue(errorFor(wrong, "type").startsWith("The field must be one of: LIBRARY, SCHOOL"));
        assertEquals("There is no such field.", errorFor(wrong, "colour"));
        assertFalse(wrong.body().contains("PIRATE") || wrong.body().contains("java"), wrong.body());

        HttpResponse<String> danish = admin.post("api/v1/organisations", "{\"name\": true}");
        assertEquals("Feltet skal være en tekst.", errorFor(danish, "name"));
        HttpResponse<String> notAnObject = admin.post("api/v1/organisations", "[1, 2]");
        assertEquals(400, notAnObject.statusCode());
    }

    @Test
    void aBodyOverOneMegabyteIs413() {
        String huge = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\",\"type\":\"NGO\"}";
        HttpResponse<String> tooLarge = admin.post("api/v1/organisations", huge);
        assertEquals(413, tooLarge.statusCode());
        assertEquals(PROBLEM, tooLarge.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Indholdet er større end 1 MB.", object(tooLarge).get("detail"));
    }

    @Test
    void brokenRulesAre422WithTheFieldInTheClientsLanguage() {
        HttpResponse<String> missing = admin.post("api/v1/organisations", "{\"type\":\"NGO\",\"country\":\"DKK\"}");
        assertEquals(422, missing.statusCode(), missing.body());
        contract.assertValid("POST", missing);
        assertEquals("Feltet skal udfyldes.", errorFor(missing, "name"));
        assertEquals("Feltet skal have mellem 2 og 2 tegn.", errorFor(missing, "country"));

        String cvr = Cvrs.fresh();
        HttpResponse<String> badCvr = admin.post("api/v1/organisations", body(unique("Tastefejl"), Cvrs.mistyped(cvr)),
                "Accept-Language", "en");
        assertEquals(422, badCvr.statusCode(), badCvr.body());
        assertTrue(errorFor(badCvr, "cvr").contains("check digit does not match"), badCvr.body());

        String taken = unique("Optaget navn");
        admin.post("api/v1/organisations", body(taken, null));
        HttpResponse<String> twice = admin.post("api/v1/organisations", body(taken, null));
        assertEquals(422, twice.statusCode());
        assertNotNull(errorFor(twice, "name"));
    }

    @Test
    void searchByNameAliasAndCvrPagesToTheEnd() {
        String stem = "Sidefor" + UUID.randomUUID().toString().substring(0, 6);
        String cvr = Cvrs.fresh();
        for (int i = 0; i < 5; i++) {
            assertEquals(201, admin.post("api/v1/organisations", body(stem + " " + i, i == 3 ? cvr : null)).statusCode());
        }
        List<String> names = new ArrayList<>();
        String next = "api/v1/organisations?q=" + stem.toLowerCase() + "&limit=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> page = admin.get(next);
            assertEquals(200, page.statusCode(), page.body());
            contract.assertValid("GET", page);
            Map<String, Object> json = object(page);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) json.get("items");
            items.forEach(item -> names.add((String) item.get("name")));
            String link = (String) json.get("next");
            if (link != null) {
                assertTrue(page.headers().firstValue("Link").orElseThrow().contains("rel=\"next\""));
                next = link.substring(link.indexOf("api/v1/"));
            } else {
                next = null;
            }
            pages++;
        }
        assertEquals(List.of(stem + " 0", stem + " 1", stem + " 2", stem + " 3", stem + " 4"), names);
        assertEquals(3, pages);
        assertEquals(5, new HashSet<>(names).size());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> byCvr = (List<Map<String, Object>>) object(admin.get("api/v1/organisations?q=" + cvr)).get("items");
        assertEquals(List.of(stem + " 3"), byCvr.stream().map(o -> o.get("name")).toList());
        assertEquals(400, admin.get("api/v1/organisations?limit=501").statusCode());
        assertEquals(400, admin.get("api/v1/organisations?cursor=%25%25").statusCode());
    }

    @Test
    void rolesAndForgedIds() {
        assertEquals(404, admin.get("api/v1/organisations/999999999").statusCode());
        assertEquals(404, admin.put("api/v1/organisations/999999999", body(unique("Ingen"), null), "If-Match", "\"0\"")
                .statusCode());
        for (String user : List.of("region", "randers")) {
            ApiCalls other = ApiCalls.as(user);
            assertEquals(403, other.get("api/v1/organisations?q=bibliotek").statusCode(), user);
            HttpResponse<String> post = other.post("api/v1/organisations", body(unique("Forbudt"), null));
            assertEquals(403, post.statusCode(), user);
            assertTrue(post.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), user);
        }
    }
}
