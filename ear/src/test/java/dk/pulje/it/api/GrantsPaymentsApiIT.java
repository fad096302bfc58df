package dk.pulje.it.api;

import dk.pulje.application.shared.Clocks;
import dk.pulje.it.api.MoneyApi.Reply;
import dk.pulje.it.support.ApiContract;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestTokens;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grants, payments and report obligations over API v1 (issue 13, helper F), end to end on WildFly and PostgreSQL:
 * a fund's finance system decides a grant, plans a tranche (retried with the same {@code Idempotency-Key}: one
 * tranche), marks it paid with date and reference, amends the grant and adds a report obligation; stale and missing
 * {@code If-Match} (412, 428), the domain's rules as 422 problems in Danish and English, each role's reach, forged ids
 * (404), and the payment as the project page and its history show it, with the API user's name.
 */
@PuljeIntegrationTest
@RunAsClient
class GrantsPaymentsApiIT {

    private static final LocalDate TODAY = LocalDate.now(Clocks.DANISH_TIME);

    private static ApiContract contract;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void contract() {
        contract = ApiContract.fetch(WebClient.basic("admin", DemoUser.PASSWORD));
    }

    /** The answer as the OpenAPI document describes it: status, headers and body. */
    private static Reply valid(String method, String path, Reply reply) {
        contract.assertValid(method, "/pulje/" + path.replaceAll("\\?.*", ""), reply.status(), reply.headers(), reply.body());
        return reply;
    }

    private static String grantPath(MoneyApiData data) {
        return "api/v1/projects/" + data.projectId() + "/grant";
    }

    private static String paymentsPath(MoneyApiData data) {
        return "api/v1/projects/" + data.projectId() + "/payments";
    }

    private static Reply ok(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        return reply;
    }

    /** Decides 500.000 kr. today through the API; answers the grant with its new tag. */
    private static Reply decide(MoneyApiData data) {
        MoneyApi api = MoneyApi.as(data.admin());
        Reply before = ok(api.get(grantPath(data)), 200);
        return ok(api.post(grantPath(data), """
                {"granted": "500000.00", "decisionDate": "%s", "journalNumber": "J-%s", "conditions": "Status hvert halvår"}"""
                .formatted(TODAY, UUID.randomUUID()), "If-Match", before.etag()), 200);
    }

    /** Plans a tranche of the given amount; answers the new tranche. */
    private static Reply plan(MoneyApiData data, String amount) {
        MoneyApi api = MoneyApi.as(data.admin());
        String tag = ok(api.get(paymentsPath(data)), 200).etag();
        return ok(api.post(paymentsPath(data), """
                {"plannedDate": "%s", "amount": "%s", "condition": "Ved projektstart"}""".formatted(TODAY, amount),
                "If-Match", tag), 201);
    }

    @Test
    void aFinanceSystemDecidesPlansPaysAndAmendsAGrant() {
        MoneyApiData data = MoneyApiData.create("Bevilling over API");
        MoneyApi api = MoneyApi.as(data.admin());

        Reply undecided = valid("GET", grantPath(data), ok(api.get(grantPath(data)), 200));
        assertTrue(undecided.contentType().startsWith("application/json"), undecided.contentType());
        assertEquals(false, undecided.json().getBoolean("decided"));
        assertEquals("600000.00", undecided.json().getString("applied"));
        assertTrue(undecided.etag().matches("\"\\d+\\.\\d+\""), "the project's and the grant's version: " + undecided.etag());

        Reply decided = valid("POST", grantPath(data), decide(data));
        JsonObject grant = decided.json();
        assertEquals(true, grant.getBoolean("decided"));
        assertEquals("500000.00", grant.getString("granted"));
        assertEquals("GRANTED", grant.getString("projectStatus"));
        assertEquals(TODAY.toString(), grant.getString("decisionDate"));
        assertNotEquals(undecided.etag(), decided.etag());
        assertEquals(decided.etag(), ok(api.get(grantPath(data)), 200).etag(), "the answer's tag is the grant's current one");

        // A tranche, sent twice with the same key (a retry after a lost answer): one tranche, the same answer.
        String plan = ok(api.get(paymentsPath(data)), 200).etag();
        String body = """
                {"plannedDate": "%s", "amount": "200000.00", "condition": "Ved projektstart"}""".formatted(TODAY);
        String key = UUID.randomUUID().toString();
        Reply planned = valid("POST", paymentsPath(data),
                ok(api.post(paymentsPath(data), body, "If-Match", plan, "Idempotency-Key", key), 201));
        Reply retried = ok(api.post(paymentsPath(data), body, "If-Match", plan, "Idempotency-Key", key), 201);
        assertEquals(planned.header("Location"), retried.header("Location"));
        assertEquals(planned.body(), retried.body());
        assertEquals("true", retried.header("Idempotent-Replayed"));
        Reply payments = valid("GET", paymentsPath(data), ok(api.get(paymentsPath(data)), 200));
        assertEquals(1, payments.json().getJsonArray("payments").size(), "the retry planned nothing more: " + payments.body());
        assertEquals("200000.00", payments.json().getString("planned"));
        long paymentId = planned.json().getJsonNumber("id").longValue();
        assertTrue(planned.header("Location").endsWith("/api/v1/payments/" + paymentId), planned.header("Location"));
        assertEquals(payments.etag(), planned.etag(), "the tranche carries the grant's tag");

        // The finance system marks it paid: date, reference; the amount as planned.
        Reply one = valid("GET", "api/v1/payments/" + paymentId, ok(api.get("api/v1/payments/" + paymentId), 200));
        Reply paid = valid("POST", "api/v1/payments/" + paymentId + "/paid", ok(api.post("api/v1/payments/" + paymentId + "/paid", """
                {"paidDate": "%s", "reference": "FIN-2026-0042"}""".formatted(TODAY), "If-Match", one.etag()), 200));
        assertEquals(true, paid.json().getBoolean("paid"));
        assertEquals("200000.00", paid.json().getString("paidAmount"));
        assertEquals("FIN-2026-0042", paid.json().getString("reference"));
        assertEquals(TODAY.toString(), paid.json().getString("paidDate"));
        assertEquals("300000.00", ok(api.get(paymentsPath(data)), 200).json().getString("remaining"));

        // A dated amendment raises the grant; the grant's tag has moved with the payments, so it is read again.
        Reply current = ok(api.get(grantPath(data)), 200);
        assertNotEquals(decided.etag(), current.etag(), "paying changed the grant");
        Reply amended = valid("POST", grantPath(data) + "/amendments", ok(api.post(grantPath(data) + "/amendments", """
                {"amendedOn": "%s", "reason": "Udvidet med et ekstra forløb", "newGranted": "550000.00"}""".formatted(TODAY),
                "If-Match", current.etag()), 201));
        assertEquals("550000.00", amended.json().getString("granted"));
        JsonObject amendment = amended.json().getJsonArray("amendments").getJsonObject(0);
        assertEquals("500000.00", amendment.getString("previousGranted"));
        assertEquals("Udvidet med et ekstra forløb", amendment.getString("reason"));
    }

    @Test
    void staleAndMissingTagsAre412And428() {
        MoneyApiData data = MoneyApiData.create("Forældet tag");
        MoneyApi api = MoneyApi.as(data.admin());
        Reply grant = ok(api.get(grantPath(data)), 200);
        String body = """
                {"granted": "400000.00", "decisionDate": "%s"}""".formatted(TODAY);
        Reply missing = api.post(grantPath(data), body);
        assertEquals(428, missing.status(), missing.body());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertEquals(412, api.post(grantPath(data), body, "If-Match", "W/\"1\"").status(),
                "a weak or foreign tag is not one this API handed out");

        Reply decided = ok(api.post(grantPath(data), body, "If-Match", grant.etag()), 200);
        Reply stale = api.post(grantPath(data) + "/amendments", """
                {"amendedOn": "%s", "reason": "For sent", "newGranted": "450000.00"}""".formatted(TODAY), "If-Match", grant.etag());
        assertEquals(412, stale.status(), stale.body());
        valid("POST", grantPath(data) + "/amendments", stale);
        assertEquals(data.admin(), stale.json().getString("changedBy"), "who decided it since: " + stale.body());

        Reply tranche = plan(data, "100000.00");
        long paymentId = tranche.json().getJsonNumber("id").longValue();
        Reply stalePaid = api.post("api/v1/payments/" + paymentId + "/paid", """
                {"paidDate": "%s", "reference": "R-1"}""".formatted(TODAY), "If-Match", decided.etag());
        assertEquals(412, stalePaid.status(), stalePaid.body());
        assertEquals(428, api.post("api/v1/payments/" + paymentId + "/paid", """
                {"paidDate": "%s"}""".formatted(TODAY)).status());
        assertFalse(ok(api.get("api/v1/payments/" + paymentId), 200).json().getBoolean("paid"), "nothing was recorded");

        String obligations = "api/v1/projects/" + data.projectId() + "/report-obligations";
        Reply project = ok(api.get(obligations), 200);
        ok(api.post(obligations, """
                {"type": "STATUS", "dueDate": "%s"}""".formatted(TODAY.plusMonths(6)), "If-Match", project.etag()), 201);
        assertEquals(412, api.post(obligations, """
                {"type": "FINAL", "dueDate": "%s"}""".formatted(TODAY.plusYears(1)), "If-Match", project.etag()).status());
        assertEquals(428, api.post(obligations, """
                {"type": "FINAL", "dueDate": "%s"}""".formatted(TODAY.plusYears(1))).status());
    }

    @Test
    void theDomainsRulesAre422InTheCallersLanguage() {
        MoneyApiData data = MoneyApiData.create("Regler over API");
        MoneyApi api = MoneyApi.as(data.admin());
        decide(data);
        String tag = ok(api.get(paymentsPath(data)), 200).etag();

        Reply above = api.post(paymentsPath(data), """
                {"plannedDate": "%s", "amount": "600000.00"}""".formatted(TODAY), "If-Match", tag, "Accept-Language", "da");
        assertEquals(422, above.status(), above.body());
        valid("POST", paymentsPath(data), above);
        assertTrue(above.contentType().startsWith("application/problem+json"), above.contentType());
        assertTrue(above.body().contains("Raten på 600.000 kr. får udbetalingsplanen til at overstige bevillingen"), above.body());
        Reply aboveEnglish = api.post(paymentsPath(data), """
                {"plannedDate": "%s", "amount": "600000.00"}""".formatted(TODAY), "If-Match", tag, "Accept-Language", "en");
        assertEquals(422, aboveEnglish.status());
        assertTrue(aboveEnglish.body().contains("would make the payment plan exceed the grant"), aboveEnglish.body());

        Reply negative = api.post(paymentsPath(data), """
                {"plannedDate": "%s", "amount": "-5.00"}""".formatted(TODAY), "If-Match", tag, "Accept-Language", "da");
        assertEquals(422, negative.status(), negative.body());
        assertTrue(negative.body().contains("Beløbet skal være større end 0 kr."), negative.body());
        Reply negativeEnglish = api.post(paymentsPath(data), """
                {"plannedDate": "%s", "amount": "-5.00"}""".formatted(TODAY), "If-Match", tag, "Accept-Language", "en");
        assertTrue(negativeEnglish.body().contains("The amount must be more than DKK 0"), negativeEnglish.body());

        Reply notAnAmount = api.post(paymentsPath(data), """
                {"plannedDate": "%s", "amount": 12.5}""".formatted(TODAY), "If-Match", tag);
        assertEquals(400, notAnAmount.status(), notAnAmount.body());
        assertTrue(notAnAmount.body().contains("\"field\":\"amount\""), notAnAmount.body());
        Reply noAmount = api.post(paymentsPath(data), """
                {"plannedDate": "%s"}""".formatted(TODAY), "If-Match", tag);
        assertEquals(422, noAmount.status(), noAmount.body());
        assertTrue(noAmount.body().contains("\"field\":\"amount\""), noAmount.body());
        assertEquals(0, ok(api.get(paymentsPath(data)), 200).json().getJsonArray("payments").size(), "nothing was planned");

        // Paid above what is left of the grant, and a reference longer than the accounts' column.
        Reply tranche = plan(data, "100000.00");
        long paymentId = tranche.json().getJsonNumber("id").longValue();
        Reply tooMuch = api.post("api/v1/payments/" + paymentId + "/paid", """
                {"paidDate": "%s", "amount": "500000.01"}""".formatted(TODAY), "If-Match", tranche.etag(), "Accept-Language", "en");
        assertEquals(422, tooMuch.status(), tooMuch.body());
        Reply longReference = api.post("api/v1/payments/" + paymentId + "/paid", """
                {"paidDate": "%s", "reference": "%s"}""".formatted(TODAY, "R".repeat(101)), "If-Match", tranche.etag());
        assertEquals(422, longReference.status(), longReference.body());
        assertTrue(longReference.body().contains("Betalingsreferencen må højst være 100 tegn (den er 101)."), longReference.body());
        assertFalse(ok(api.get("api/v1/payments/" + paymentId), 200).json().getBoolean("paid"), "nothing was recorded");
    }

    @Test
    void regionalStaffAndApplicantsReadAsThePageShowsAndNeverWrite() {
        MoneyApiData data = MoneyApiData.create("Roller over API");
        decide(data);
        Reply tranche = plan(data, "50000.00");
        long paymentId = tranche.json().getJsonNumber("id").longValue();
        MoneyApi admin = MoneyApi.as(data.admin());
        ok(admin.post("api/v1/payments/" + paymentId + "/paid", """
                {"paidDate": "%s", "reference": "BILAG-77"}""".formatted(TODAY), "If-Match", tranche.etag()), 200);

        MoneyApi region = MoneyApi.as(data.region());
        Reply grant = ok(region.get(grantPath(data)), 200);
        assertEquals("500000.00", grant.json().getString("granted"));
        Reply payments = ok(region.get(paymentsPath(data)), 200);
        JsonObject seen = payments.json().getJsonArray("payments").getJsonObject(0);
        assertEquals("50000.00", seen.getString("paidAmount"));
        assertFalse(seen.containsKey("reference"), "the page shows regional staff no payment reference: " + payments.body());
        ok(region.get("api/v1/projects/" + data.projectId() + "/report-obligations"), 200);
        // The project's detail carries the same tranches: without their state for regional staff, as the page.
        JsonObject regionDetail = ok(region.get("api/v1/projects/" + data.projectId()), 200).json()
                .getJsonObject("grant").getJsonArray("payments").getJsonObject(0);
        assertEquals("50000.00", regionDetail.getString("paidAmount"));
        assertFalse(regionDetail.containsKey("reference") || regionDetail.containsKey("held"),
                "the detail shows regional staff no payment state: " + regionDetail);
        assertEquals("BILAG-77", ok(admin.get("api/v1/projects/" + data.projectId()), 200).json()
                .getJsonObject("grant").getJsonArray("payments").getJsonObject(0).getString("reference"));

        // The applicant reads its own project's plan with the state, as its project page shows it; another's is not found.
        MoneyApi applicant = MoneyApi.as(data.applicant());
        JsonObject own = ok(applicant.get(paymentsPath(data)), 200).json().getJsonArray("payments").getJsonObject(0);
        assertEquals("BILAG-77", own.getString("reference"));
        assertEquals("BILAG-77", ok(applicant.get("api/v1/projects/" + data.projectId()), 200).json()
                .getJsonObject("grant").getJsonArray("payments").getJsonObject(0).getString("reference"));
        assertEquals("500000.00", ok(applicant.get(grantPath(data)), 200).json().getString("granted"));
        ok(applicant.get("api/v1/payments/" + paymentId), 200);
        MoneyApiData other = MoneyApiData.create("Andet projekt");
        assertEquals(404, MoneyApi.as(other.applicant()).get(paymentsPath(data)).status());
        assertEquals(404, MoneyApi.as(other.applicant()).get("api/v1/payments/" + paymentId).status());
        assertEquals(404, MoneyApi.as(other.region()).get(grantPath(data)).status(), "regional staff of another fund");

        String projectTag = ok(admin.get("api/v1/projects/" + data.projectId() + "/report-obligations"), 200).etag();
        String paymentsTag = ok(admin.get(paymentsPath(data)), 200).etag();
        String grantTag = ok(admin.get(grantPath(data)), 200).etag();
        for (String user : java.util.List.of(data.region(), data.applicant())) {
            MoneyApi api = MoneyApi.as(user);
            assertEquals(403, api.post(paymentsPath(data), """
                    {"plannedDate": "%s", "amount": "1000.00"}""".formatted(TODAY), "If-Match", paymentsTag).status(), user);
            assertEquals(403, api.post("api/v1/payments/" + paymentId + "/paid", """
                    {"paidDate": "%s"}""".formatted(TODAY), "If-Match", paymentsTag).status(), user);
            assertEquals(403, api.post(grantPath(data) + "/amendments", """
                    {"amendedOn": "%s", "reason": "Nej", "newGranted": "1.00"}""".formatted(TODAY), "If-Match", grantTag).status(), user);
            assertEquals(403, api.post("api/v1/projects/" + data.projectId() + "/report-obligations", """
                    {"type": "FINAL", "dueDate": "%s"}""".formatted(TODAY), "If-Match", projectTag).status(), user);
        }
        assertEquals(1, ok(admin.get(paymentsPath(data)), 200).json().getJsonArray("payments").size(), "nothing was written");
        assertEquals(paymentsTag, ok(admin.get(paymentsPath(data)), 200).etag());
    }

    /** Ids of another fund's project, payment or report answer 404 as if they did not exist; a number that is none too. */
    @Test
    void forgedIdsAreNotFound() {
        MoneyApiData mine = MoneyApiData.create("Egen bevilling");
        MoneyApiData theirs = MoneyApiData.create("Fremmed bevilling");
        decide(theirs);
        Reply tranche = plan(theirs, "10000.00");
        long foreignPayment = tranche.json().getJsonNumber("id").longValue();
        MoneyApi api = MoneyApi.as(mine.admin());
        for (String path : java.util.List.of(grantPath(theirs), paymentsPath(theirs), "api/v1/payments/" + foreignPayment,
                "api/v1/projects/" + theirs.projectId() + "/report-obligations", "api/v1/payments/999999999",
                "api/v1/projects/x/grant", "api/v1/payments/x")) {
            Reply reply = api.get(path);
            assertEquals(404, reply.status(), path);
            assertTrue(reply.contentType().startsWith("application/problem+json"), path);
            assertFalse(reply.body().contains(theirs.title()), path);
        }
        for (String path : java.util.List.of(grantPath(theirs), grantPath(theirs) + "/amendments", paymentsPath(theirs),
                "api/v1/payments/" + foreignPayment + "/paid", "api/v1/projects/" + theirs.projectId() + "/report-obligations")) {
            Reply reply = api.post(path, "{}", "If-Match", tranche.etag());
            assertEquals(404, reply.status(), path + ": " + reply.body());
        }
        assertFalse(ok(MoneyApi.as(theirs.admin()).get("api/v1/payments/" + foreignPayment), 200).json().getBoolean("paid"));
    }

    @Test
    void reportObligationsAreCreatedWithAKindAndADueDate() {
        MoneyApiData data = MoneyApiData.create("Rapportkrav over API");
        MoneyApi api = MoneyApi.as(data.admin());
        String path = "api/v1/projects/" + data.projectId() + "/report-obligations";
        Reply before = ok(api.get(path), 200);
        assertEquals(0, before.json().getJsonArray("reportObligations").size());
        Reply created = valid("POST", path, ok(api.post(path, """
                {"type": "MIDWAY", "dueDate": "%s"}""".formatted(TODAY.plusMonths(3)), "If-Match", before.etag(),
                "Idempotency-Key", UUID.randomUUID().toString()), 201));
        assertEquals("MIDWAY", created.json().getString("type"));
        assertEquals(TODAY.plusMonths(3).toString(), created.json().getString("dueDate"));
        assertEquals("DUE", created.json().getString("status"));
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/v1/report-obligations/" + id), created.header("Location"));
        assertEquals(created.body(), valid("GET", "api/v1/report-obligations/" + id, ok(api.get("api/v1/report-obligations/" + id), 200)).body());
        valid("GET", path, ok(api.get(path), 200));
        assertEquals(1, ok(api.get(path), 200).json().getJsonArray("reportObligations").size());
        Reply unknown = api.post(path, """
                {"type": "ANNUAL", "dueDate": "%s"}""".formatted(TODAY), "If-Match", created.etag());
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("\"field\":\"type\""), unknown.body());
        Reply noDate = api.post(path, """
                {"type": "FINAL"}""", "If-Match", created.etag());
        assertEquals(422, noDate.status(), noDate.body());
        assertTrue(noDate.body().contains("\"field\":\"dueDate\""), noDate.body());
    }

    /** A finance system with a personal token (Bearer): it marks a tranche paid; a read-only token reads but never writes. */
    @Test
    void aFinanceSystemsTokenMarksATranchePaidAndAReadOnlyOneOnlyReads() {
        MoneyApiData data = MoneyApiData.create("Betaling med token");
        decide(data);
        Reply tranche = plan(data, "75000.00");
        String paid = "api/v1/payments/" + tranche.json().getJsonNumber("id").longValue() + "/paid";
        String body = """
                {"paidDate": "%s", "reference": "TOKEN-1"}""".formatted(TODAY);

        MoneyApi readOnly = MoneyApi.bearer(TestTokens.readOnly(data.admin()));
        assertEquals(200, readOnly.get(paymentsPath(data)).status());
        Reply refused = readOnly.post(paid, body, "If-Match", tranche.etag());
        assertEquals(403, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());

        Reply done = ok(MoneyApi.bearer(TestTokens.create(data.admin())).post(paid, body, "If-Match", tranche.etag()), 200);
        assertEquals("TOKEN-1", done.json().getString("reference"));
        assertEquals("75000.00", done.json().getString("paidAmount"));
    }

    /** Issue 13's "done when": a payment recorded through the API shows on the project page and in its history by its user. */
    @Test
    void aPaymentRecordedThroughTheApiShowsOnTheProjectPageAndInItsHistory() {
        MoneyApiData data = MoneyApiData.create("Betaling vist i UI");
        decide(data);
        Reply tranche = plan(data, "123456.78");
        long paymentId = tranche.json().getJsonNumber("id").longValue();
        ok(MoneyApi.as(data.admin()).post("api/v1/payments/" + paymentId + "/paid", """
                {"paidDate": "%s", "reference": "ØKO-REF-991"}""".formatted(TODAY), "If-Match", tranche.etag()), 200);

        String page = WebClient.loggedIn("admin", DemoUser.PASSWORD).get("projects/view.xhtml?id=" + data.projectId()).body();
        assertTrue(page.contains("ØKO-REF-991"), "the reference on the page");
        assertTrue(page.contains("123.456,78"), "the paid amount on the page");
        String history = page.substring(page.indexOf("historyTable"));
        assertTrue(history.contains("Test " + data.admin()), "the API user in the history: " + history.substring(0, Math.min(3000, history.length())));
    }
}
