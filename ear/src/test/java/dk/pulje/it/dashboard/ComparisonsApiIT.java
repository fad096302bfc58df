package dk.pulje.it.dashboard;

import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/compare} and {@code GET /api/v1/organisations/participation} from outside, with HTTP Basic: the
 * JSON's shape and the seed's figures (amounts as strings with two decimals), the filters, who may call them
 * (admin, region, mixed yes; an applicant 403; nobody 401), forged or unknown ids 404 and bad parameters 400, each as
 * problem details.
 */
@PuljeIntegrationTest
@RunAsClient
class ComparisonsApiIT {

    private static DemoIds ids;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void ids() {
        ids = DemoIds.withMixedUser();
    }

    @Test
    void theDemoFundsSideBySideAsJson() {
        for (String user : List.of("admin", "region", "mixed")) {
            HttpResponse<String> response = get(user, "api/v1/compare?fund=" + ids.educationFund() + "&fund=" + ids.developmentFund());
            assertEquals(200, response.statusCode(), user + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            Map<String, Object> json = json(response);
            assertEquals("FUND", json.get("kind"));
            List<Map<String, Object>> columns = list(json.get("columns"));
            assertEquals(2, columns.size());
            Map<String, Object> first = columns.get(0);
            assertEquals("Uddannelsespuljen", first.get("label"));
            assertEquals(15L, first.get("projects"));
            assertEquals("19900000.00", first.get("envelope"));
            assertEquals("19944000.00", first.get("granted"), "Σ granted of the press release");
            assertEquals("40387000.00", first.get("total"));
            assertEquals("0.00", first.get("paid"));
            assertEquals("0.4938", first.get("supportShare"));
            assertEquals("0.5062", first.get("cofinancingRatio"));
            assertEquals(0L, first.get("grantedUnknown"));
            assertNull(first.get("difference"));
            Map<String, Object> second = columns.get(1);
            assertEquals(3L, second.get("projects"));
            assertNull(second.get("granted"), "nothing stated is absent, never 0.00");
            assertEquals(3L, second.get("grantedUnknown"));
            Map<String, Object> difference = map(second.get("difference"));
            assertEquals(-12L, difference.get("projects"));
            assertEquals("0.00", difference.get("paid"));
        }
    }

    @Test
    void roundsCompareInTheOrderGiven() {
        // The only round in the demo against itself is no comparison; against the foreign round it is not found.
        assertEquals(400, get("region", "api/v1/compare?round=" + ids.educationRound() + "&round=" + ids.educationRound()).statusCode());
        HttpResponse<String> foreign = get("region", "api/v1/compare?round=" + ids.educationRound() + "&round=" + ids.foreignRound());
        assertProblem(foreign, 404);
        assertFalse(foreign.body().contains(ForeignFund.ROUND));
    }

    @Test
    void anApplicantIsRefusedAndNobodyIsAskedToLogIn() {
        assertProblem(get("randers", "api/v1/compare?fund=" + ids.educationFund() + "&fund=" + ids.developmentFund()), 403);
        assertProblem(get("randers", "api/v1/organisations/participation"), 403);
        assertProblem(get("sysadmin", "api/v1/organisations/participation"), 403);
        assertEquals(401, WebClient.anonymous().get("api/v1/compare?fund=" + ids.educationFund() + "&fund=" + ids.developmentFund()).statusCode());
        assertEquals(401, WebClient.anonymous().get("api/v1/organisations/participation").statusCode());
    }

    @Test
    void aForgedOrUnknownIdIsNotFound() {
        for (String user : List.of("admin", "region")) {
            HttpResponse<String> forged = get(user, "api/v1/compare?fund=" + ids.educationFund() + "&fund=" + ids.foreignFund());
            assertProblem(forged, 404);
            assertFalse(forged.body().contains(ForeignFund.NAME), "no name leaks");
            assertProblem(get(user, "api/v1/compare?fund=" + ids.educationFund() + "&fund=999999999"), 404);
            assertProblem(get(user, "api/v1/organisations/participation?fund=" + ids.foreignFund()), 404);
            assertProblem(get(user, "api/v1/organisations/participation?round=" + ids.foreignRound()), 404);
            assertProblem(get(user, "api/v1/organisations/participation?round=999999999"), 404);
        }
        // mixed administers one demo fund and reads the other: both are its portfolio, the foreign one is not.
        assertEquals(200, get("mixed", "api/v1/compare?fund=" + ids.educationFund() + "&fund=" + ids.developmentFund()).statusCode());
        assertProblem(get("mixed", "api/v1/compare?fund=" + ids.developmentFund() + "&fund=" + ids.foreignFund()), 404);
    }

    @Test
    void badParametersAreBadRequests() {
        String elevenFunds = IntStream.rangeClosed(1, 11).mapToObj(i -> "fund=" + i).collect(Collectors.joining("&"));
        for (String query : List.of("", "?fund=" + ids.educationFund(), "?fund=x&fund=" + ids.educationFund(),
                "?fund=" + ids.educationFund() + "&round=" + ids.educationRound() + "&fund=" + ids.developmentFund(), "?" + elevenFunds)) {
            assertProblem(get("region", "api/v1/compare" + query), 400);
        }
        for (String query : List.of("?fund=x", "?type=NOPE", "?status=granted", "?limit=0", "?limit=501", "?offset=-1",
                "?year=abc", "?town=" + "x".repeat(101))) {
            assertProblem(get("region", "api/v1/organisations/participation" + query), 400);
        }
    }

    @Test
    void participationOfRegionMidtjyllandsSchools() {
        HttpResponse<String> response = get("region", "api/v1/organisations/participation?round=" + ids.educationRound());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> json = json(response);
        assertEquals(5L, json.get("organisations"));
        List<Map<String, Object>> rows = list(json.get("rows"));
        assertEquals(List.of("Herningsholm Erhvervsskole og Gymnasier", "Learnmark Horsens", "Mercantec", "Lemvig Gymnasium",
                "FGU Østjylland"), rows.stream().map(r -> r.get("name")).toList());
        Map<String, Object> learnmark = rows.get(1);
        assertEquals("SCHOOL", learnmark.get("type"));
        assertEquals("Horsens", learnmark.get("town"));
        assertEquals(List.of(1L, 1L, 0L), List.of(learnmark.get("projects"), learnmark.get("asOwner"), learnmark.get("asPartner")));
        assertEquals("5052000.00", learnmark.get("granted"));
        assertEquals("9735000.00", learnmark.get("total"));

        Map<String, Object> page = json(get("region", "api/v1/organisations/participation?round=" + ids.educationRound() + "&limit=2&offset=1"));
        assertEquals(List.of("Learnmark Horsens", "Mercantec"), list(page.get("rows")).stream().map(r -> r.get("name")).toList());
        assertEquals(5L, page.get("organisations"));

        Map<String, Object> horsens = json(get("region", "api/v1/organisations/participation?fund=" + ids.educationFund() + "&town="
                + URLEncoder.encode("Horsens", StandardCharsets.UTF_8)));
        assertEquals(List.of("Learnmark Horsens"), list(horsens.get("rows")).stream().map(r -> r.get("name")).toList());

        Map<String, Object> libraries = json(get("admin", "api/v1/organisations/participation?fund=" + ids.developmentFund() + "&type=LIBRARY"));
        Map<String, Object> aarhus = list(libraries.get("rows")).get(0);
        assertEquals("Aarhus Kommunes Biblioteker", aarhus.get("name"), "owner of the maturation project and its follow-up");
        assertEquals(2L, aarhus.get("asOwner"));
        assertNull(aarhus.get("granted"));
        assertEquals(2L, aarhus.get("grantedUnknown"));
    }

    /** Q8 by the API: the seed's maturation project and what it led to, amounts not stated (absent, never 0.00). */
    @Test
    void theFollowUpChainOfTheMaturationProject() {
        long maturation = ForeignFund.projectId("Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt");
        for (String user : List.of("admin", "region", "mixed")) {
            HttpResponse<String> response = get(user, "api/v1/chains/" + maturation);
            assertEquals(200, response.statusCode(), user + ": " + response.body());
            Map<String, Object> json = json(response);
            List<Map<String, Object>> steps = list(json.get("steps"));
            assertEquals(List.of("Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt",
                    "Læringsfællesskaber for en bæredygtig fremtid"), steps.stream().map(s -> s.get("title")).toList());
            assertEquals(List.of("MATURATION", "DEVELOPMENT"), steps.stream().map(s -> s.get("type")).toList());
            assertEquals(List.of(0L, 1L), steps.stream().map(s -> s.get("depth")).toList());
            assertEquals("APPLICATION_RECEIVED", steps.get(1).get("status"));
            assertNull(steps.get(0).get("granted"));
            assertNull(json.get("granted"));
            assertEquals(2L, json.get("grantedUnknown"));
        }
        assertProblem(get("randers", "api/v1/chains/" + maturation), 403);
        assertProblem(get("admin", "api/v1/chains/999999999"), 404);
        assertProblem(get("admin", "api/v1/chains/x"), 404);
        assertEquals(401, WebClient.anonymous().get("api/v1/chains/" + maturation).statusCode());
    }

    private static HttpResponse<String> get(String user, String path) {
        return WebClient.basic(user, DemoUser.PASSWORD).get(path);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.uri() + ": " + response.headers().map());
        assertEquals((long) status, json(response).get("status"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return new Json().toType(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
