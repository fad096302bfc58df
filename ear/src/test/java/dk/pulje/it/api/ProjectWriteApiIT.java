package dk.pulje.it.api;

import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.pulje.it.api.ApiCalls.errorFor;
import static dk.pulje.it.api.ApiCalls.etag;
import static dk.pulje.it.api.ApiCalls.number;
import static dk.pulje.it.api.ApiCalls.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/projects}, {@code PUT} and {@code PATCH /api/v1/projects/{id}}: a project with its budget and
 * financing lines written whole through the same rules as the pages, conflicts (412/428), idempotent creation,
 * problem details naming the field (negative amounts in Danish and English), roles and forged ids.
 */
@PuljeIntegrationTest
@RunAsClient
class ProjectWriteApiIT {

    private static DemoIds ids;

    private final ApiCalls admin = ApiCalls.as("admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void users() {
        ids = DemoIds.withMixedUser();
        apiFund = ApiFund.ensure("mixed"); // mixed edits too (the stale If-Match test), as it does in Uddannelsespuljen
        TestUsers.create("devadmin", DemoUser.PASSWORD, Map.of("FUND_ADMIN", List.of("Udviklingspuljen")));
        contract = dk.pulje.it.support.ApiContract.fetch(dk.pulje.it.support.WebClient.basic("admin", DemoUser.PASSWORD));
    }

    private static dk.pulje.it.support.ApiContract contract;
    /** The fund the projects are written in: never the demo round, whose figures other tests assert. */
    private static ApiFund apiFund;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private String newProject(String title, String budgetAmount) {
        return """
                {"fundId": %d, "roundId": %d, "type": "DEVELOPMENT", "status": "APPLICATION_RECEIVED", "title": "%s",
                 "description": "Læsekreds for unge", "town": "Vejle", "startDate": "2027-01-01", "endDate": "2027-12-31",
                 "totalSum": "500000.00",
                 "budgetLines": [{"category": "SALARIES", "year": 2027, "amount": "%s", "note": "Projektleder"},
                                 {"category": "MATERIALS", "year": 2027, "amount": "50000.00"}],
                 "financingLines": [{"kind": "OWN_CASH", "amount": "100000.00"}]}
                """.formatted(apiFund.fund(), apiFund.round(), title, budgetAmount);
    }

    private long create(String title) {
        HttpResponse<String> created = admin.post("api/v1/projects", newProject(title, "300000.00"));
        assertEquals(201, created.statusCode(), created.body());
        return (Long) object(created).get("id");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> json, String name) {
        return (List<Map<String, Object>>) json.get(name);
    }

    @Test
    void createWithLinesThenReplaceTheWhole() {
        String title = unique("API-projekt");
        HttpResponse<String> created = admin.post("api/v1/projects", newProject(title, "300000.00"));
        assertEquals(201, created.statusCode(), created.body());
        contract.assertValid("POST", created);
        Map<String, Object> json = object(created);
        long id = (Long) json.get("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/pulje/api/v1/projects/" + id));
        assertEquals("\"" + json.get("version") + "\"", etag(created));
        assertEquals(ApiFund.ROUND, json.get("roundName"));
        assertEquals("500000.00", json.get("totalSum"));
        List<Map<String, Object>> budget = list(json, "budgetLines");
        assertEquals(List.of("MATERIALS:50000.00", "SALARIES:300000.00"), budget.stream()
                .map(l -> l.get("category") + ":" + l.get("amount")).sorted().toList());
        assertEquals("OWN_CASH", list(json, "financingLines").get(0).get("kind"));

        long salaries = (Long) budget.stream().filter(l -> "SALARIES".equals(l.get("category"))).findFirst().orElseThrow().get("id");
        String replacement = """
                {"title": "%s", "description": null, "ownerId": null, "town": "Kolding", "municipality": "Kolding",
                 "startDate": "2027-02-01", "endDate": "2028-01-31", "totalSum": "600000.00",
                 "budgetLines": [{"id": %d, "category": "SALARIES", "year": 2027, "amount": "350000.00", "note": "Projektleder"},
                                 {"category": "TRAVEL", "year": 2028, "amount": "20000.00"}],
                 "financingLines": []}
                """.formatted(title + " (rettet)", salaries);
        HttpResponse<String> replaced = admin.put("api/v1/projects/" + id, replacement, "If-Match", etag(created));
        assertEquals(200, replaced.statusCode(), replaced.body());
        contract.assertValid("PUT", replaced);
        Map<String, Object> after = object(replaced);
        assertEquals(title + " (rettet)", after.get("title"));
        assertEquals("Kolding", after.get("town"));
        assertEquals("2028-01-31", after.get("endDate"));
        assertEquals(List.of("SALARIES:350000.00", "TRAVEL:20000.00"), list(after, "budgetLines").stream()
                .map(l -> l.get("category") + ":" + l.get("amount")).sorted().toList());
        assertEquals(salaries, list(after, "budgetLines").stream().filter(l -> "SALARIES".equals(l.get("category")))
                .findFirst().orElseThrow().get("id"), "a line with its id is changed, not replaced");
        assertEquals(List.of(), after.get("financingLines"));
        assertEquals(0, number("select count(*) from financing_line where project_id = ?", id));
        assertTrue(!etag(replaced).equals(etag(created)));
        // The change is audited with the API client's user.
        assertEquals(1, number("""
                select count(*) from project_aud a join audit_revision r on r.id = a.rev
                where a.id = ? and r.changed_by = 'admin' and a.title = ?""", id, title + " (rettet)"));
    }

    @Test
    void aMergePatchChangesOnlyWhatItNames() {
        String title = unique("Patchprojekt");
        long id = create(title);
        HttpResponse<String> read = admin.get("api/v1/projects/" + id);
        String tag = read.statusCode() == 200 ? etag(read) : "\"1\"";
        HttpResponse<String> patched = admin.send("PATCH", "api/v1/projects/" + id, "{\"town\": \"Ribe\", \"description\": null}",
                "Content-Type", "application/merge-patch+json", "If-Match", tag);
        assertEquals(200, patched.statusCode(), patched.body());
        contract.assertValid("PATCH", patched);
        Map<String, Object> json = object(patched);
        assertEquals("Ribe", json.get("town"));
        assertEquals(null, json.get("description"));
        assertEquals(title, json.get("title"));
        assertEquals(2, list(json, "budgetLines").size());

        HttpResponse<String> negative = admin.send("PATCH", "api/v1/projects/" + id, "{\"totalSum\": \"-1.00\"}",
                "Content-Type", "application/merge-patch+json", "If-Match", etag(patched), "Accept-Language", "en");
        assertEquals(422, negative.statusCode(), negative.body());
        assertTrue(errorFor(negative, "totalSum").contains("negative"), negative.body());
    }

    @Test
    void aStaleIfMatchIs412AndAMissingOne428() {
        long id = create(unique("Konfliktprojekt"));
        String tag = etag(admin.get("api/v1/projects/" + id));
        String body = """
                {"title": "%s", "totalSum": "500000.00", "budgetLines": [], "financingLines": []}""";
        HttpResponse<String> first = ApiCalls.as("mixed").put("api/v1/projects/" + id, body.formatted("Først"), "If-Match", tag);
        assertEquals(200, first.statusCode(), first.body());
        HttpResponse<String> stale = admin.put("api/v1/projects/" + id, body.formatted("Sidst"), "If-Match", tag);
        assertEquals(412, stale.statusCode(), stale.body());
        contract.assertValid("PUT", stale);
        assertEquals("mixed", object(stale).get("changedBy"));
        assertTrue(((String) object(stale).get("detail")).startsWith("Projektet er ændret af mixed"), stale.body());
        assertEquals(0, number("select count(*) from project where id = ? and title = 'Sidst'", id));
        HttpResponse<String> blind = admin.put("api/v1/projects/" + id, body.formatted("Blind"));
        assertEquals(428, blind.statusCode());
    }

    @Test
    void aRepeatedCreateWithTheSameKeyCreatesOnce() {
        String title = unique("Idempotent projekt");
        String key = "retry-" + UUID.randomUUID();
        HttpResponse<String> first = admin.post("api/v1/projects", newProject(title, "1000.00"), "Idempotency-Key", key);
        HttpResponse<String> again = admin.post("api/v1/projects", newProject(title, "1000.00"), "Idempotency-Key", key);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, again.statusCode());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElseThrow());
        assertEquals(1, number("select count(*) from project where title = ?", title));
        HttpResponse<String> other = admin.post("api/v1/projects", newProject(title, "2000.00"), "Idempotency-Key", key);
        assertEquals(422, other.statusCode());
        assertEquals(1, number("select count(*) from project where title = ?", title));
    }

    @Test
    void negativeAmountsWrongTypesAndUnknownFieldsNameTheField() {
        String title = unique("Negativt projekt");
        HttpResponse<String> danish = admin.post("api/v1/projects", newProject(title, "-5.00"));
        assertEquals(422, danish.statusCode(), danish.body());
        contract.assertValid("POST", danish);
        assertTrue(errorFor(danish, "budgetLines[0].amount").contains("er negativt"), danish.body());
        HttpResponse<String> english = admin.post("api/v1/projects", newProject(title, "-5.00"), "Accept-Language", "en");
        assertTrue(errorFor(english, "budgetLines[0].amount").contains("negative"), english.body());
        assertEquals(0, number("select count(*) from project where title = ?", title));

        HttpResponse<String> wrong = admin.post("api/v1/projects", newProject(title, "1000.00")
                .replace("\"year\": 2027, \"amount\": \"50000.00\"", "\"year\": \"2027\", \"amount\": 50000.5, \"colour\": 1"));
        assertEquals(400, wrong.statusCode(), wrong.body());
        assertEquals("Feltet skal være et heltal.", errorFor(wrong, "budgetLines[1].year"));
        assertTrue(errorFor(wrong, "budgetLines[1].amount").startsWith("Feltet skal være et beløb som tekst"));
        assertEquals("Feltet findes ikke.", errorFor(wrong, "budgetLines[1].colour"));

        HttpResponse<String> missing = admin.post("api/v1/projects", newProject(title, "1000.00")
                .replace("\"category\": \"MATERIALS\", ", ""), "Accept-Language", "en");
        assertEquals(422, missing.statusCode(), missing.body());
        assertEquals("The field is required.", errorFor(missing, "budgetLines[1].category"));

        long id = create(unique("Listeløst projekt"));
        HttpResponse<String> noLists = admin.put("api/v1/projects/" + id, "{\"title\": \"Uden lister\"}",
                "If-Match", etag(admin.get("api/v1/projects/" + id)));
        assertEquals(422, noLists.statusCode(), noLists.body());
        assertEquals("Feltet skal udfyldes.", errorFor(noLists, "budgetLines"));
    }

    @Test
    void rolesAndForgedIds() {
        String title = unique("Fremmed projekt");
        long id = create(title);
        String body = "{\"title\": \"Overtaget\", \"budgetLines\": [], \"financingLines\": []}";
        // An administrator of another fund: the project is not there for them.
        HttpResponse<String> forged = ApiCalls.as("devadmin").put("api/v1/projects/" + id, body, "If-Match", "\"0\"");
        assertEquals(404, forged.statusCode(), forged.body());
        assertTrue(!forged.body().contains(title));
        HttpResponse<String> foreignFund = admin.post("api/v1/projects", newProject(unique("Ind i fremmed pulje"), "1.00")
                .replace("\"fundId\": " + apiFund.fund(), "\"fundId\": " + ids.foreignFund()));
        assertEquals(404, foreignFund.statusCode(), foreignFund.body());
        HttpResponse<String> readOnlyFund = ApiCalls.as("mixed").post("api/v1/projects", newProject(unique("Læst pulje"), "1.00")
                .replace("\"fundId\": " + apiFund.fund(), "\"fundId\": " + ids.developmentFund())
                .replace("\"roundId\": " + apiFund.round() + ",", ""));
        assertEquals(404, readOnlyFund.statusCode(), readOnlyFund.body());
        assertEquals(404, admin.put("api/v1/projects/999999999", body, "If-Match", "\"0\"").statusCode());
        for (String user : List.of("region", "randers")) {
            assertEquals(403, ApiCalls.as(user).post("api/v1/projects", newProject(unique("Forbudt"), "1.00")).statusCode(), user);
            assertEquals(403, ApiCalls.as(user).put("api/v1/projects/" + id, body, "If-Match", "\"0\"").statusCode(), user);
        }
        assertEquals(0, number("select count(*) from project where title = 'Overtaget'"));
    }
}
