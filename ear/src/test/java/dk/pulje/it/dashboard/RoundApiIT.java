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

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/funds}, {@code /api/v1/funds/{id}/rounds} and {@code /api/v1/rounds/{id}/summary}: the JSON the
 * round dashboard's figures travel in (amounts and shares as strings), its filters, its scoping per role, and its
 * refusals as problem details. Expected figures from the seed document (Uddannelsespuljen 2024), not from the service.
 */
@PuljeIntegrationTest
@RunAsClient
class RoundApiIT {

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
    void theSummaryOfTheSeedRound() {
        Map<String, Object> summary = object(ok("region", "api/v1/rounds/" + ids.educationRound() + "/summary"));
        assertEquals("Uddannelsespuljen 2024", summary.get("round"));
        assertEquals(ids.educationFund(), summary.get("fundId"));
        assertEquals("19900000.00", summary.get("envelope"));
        assertEquals(15L, summary.get("projects"));
        assertEquals(Map.of("sum", "19944000.00", "known", 15L, "unknown", 0L), summary.get("granted"));
        assertEquals(Map.of("sum", "40387000.00", "known", 15L, "unknown", 0L), summary.get("totalSum"));
        assertEquals(Map.of("sum", "0.00", "known", 0L, "unknown", 15L), summary.get("applied"));
        assertEquals("0.00", summary.get("paid"));
        assertEquals("0.4938", summary.get("supportShare"));
        assertEquals("0.5062", summary.get("cofinancingRatio"));
        assertEquals("44000.00", summary.get("overEnvelope"));
        assertEquals("-44000.00", summary.get("envelopeLeft"));
        assertEquals(false, summary.get("filtered"));
        assertEquals("DKK", summary.get("currency"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> pools = (List<Map<String, Object>>) summary.get("subPools");
        assertEquals(2, pools.size());
        Map<String, Object> theme = pools.get(0);
        assertEquals("Temapulje", theme.get("name"));
        assertEquals("THEME", theme.get("kind"));
        assertEquals("0.8000", theme.get("targetShare"));
        assertEquals("15920000.00", theme.get("targetAmount"));
        assertEquals("13752000.00", theme.get("granted"));
        assertEquals("0.6895", theme.get("actualShare"));
        assertEquals("-0.1105", theme.get("differencePoints"));
        assertEquals("-2168000.00", theme.get("differenceAmount"));
        assertEquals(false, theme.get("reached"));
        assertEquals(3L, theme.get("projects"));
        Map<String, Object> open = pools.get(1);
        assertEquals("Åben pulje", open.get("name"));
        assertEquals("0.3105", open.get("actualShare"));
        assertEquals("0.1105", open.get("differencePoints"));
        assertEquals("2212000.00", open.get("differenceAmount"));
        assertEquals(true, open.get("reached"));
        // The same for the fund administrator and for the mixed user, who administers the fund.
        assertEquals(summary, object(ok("admin", "api/v1/rounds/" + ids.educationRound() + "/summary")));
        assertEquals(summary, object(ok("mixed", "api/v1/rounds/" + ids.educationRound() + "/summary")));
    }

    @Test
    void filtersNarrowTheProjectsCounted() {
        Map<String, Object> randers = object(ok("region", "api/v1/rounds/" + ids.educationRound() + "/summary?town=Randers"));
        assertEquals(true, randers.get("filtered"));
        assertEquals(6L, randers.get("projects"));
        assertEquals(Map.of("sum", "2178000.00", "known", 6L, "unknown", 0L), randers.get("granted"));
        assertEquals("0.4474", randers.get("supportShare"));
        assertEquals("19900000.00", randers.get("envelope"), "the envelope stays the round's");
        Map<String, Object> granted = object(ok("region", "api/v1/rounds/" + ids.educationRound() + "/summary?status=GRANTED&type=SCHOOL"));
        // Owned by a school: Herningsholm (EuroSkills), Learnmark (AI – Didaktik), Mercantec (MYRE), FGU Østjylland, Lemvig Gymnasium.
        assertEquals(5L, granted.get("projects"));
        assertEquals(Map.of("sum", "14515000.00", "known", 5L, "unknown", 0L), granted.get("granted"));
        Map<String, Object> none = object(ok("region", "api/v1/rounds/" + ids.educationRound() + "/summary?status=CLOSED"));
        assertEquals(0L, none.get("projects"));
        assertEquals(null, none.get("supportShare"));
    }

    @Test
    void theDirectoryOfFundsAndRounds() {
        String funds = ok("region", "api/v1/funds");
        List<Object> list = new Json().toType(funds, Json.LIST_OF_MAPS_TYPE);
        assertTrue(list.stream().map(f -> ((Map<?, ?>) f).get("shortName")).toList()
                .containsAll(List.of("Uddannelsespuljen", "Udviklingspuljen")), funds);
        assertFalse(funds.contains(ForeignFund.NAME), "a fund outside the portfolio is not listed");
        String rounds = ok("admin", "api/v1/funds/" + ids.educationFund() + "/rounds");
        List<Object> roundList = new Json().toType(rounds, Json.LIST_OF_MAPS_TYPE);
        assertEquals(1, roundList.size());
        Map<?, ?> round = (Map<?, ?>) roundList.get(0);
        assertEquals(ids.educationRound(), round.get("id"));
        assertEquals("Uddannelsespuljen 2024", round.get("name"));
        assertEquals(2024L, round.get("year"));
        assertEquals("19900000.00", round.get("envelope"));
        assertEquals("[]", ok("mixed", "api/v1/funds/" + ids.developmentFund() + "/rounds"), "read as regional staff: no rounds");
    }

    @Test
    void scopedPerRole() {
        for (String path : List.of("api/v1/funds", "api/v1/funds/" + ids.educationFund() + "/rounds",
                "api/v1/rounds/" + ids.educationRound() + "/summary")) {
            problem("randers", path, 403);
            problem("sysadmin", path, 403);
            assertEquals(401, WebClient.anonymous().get(path).statusCode(), path);
        }
    }

    @Test
    void forgedAndForeignIdsAreNotFoundAndLeakNothing() {
        for (String user : List.of("admin", "region", "mixed")) {
            for (String path : List.of("api/v1/rounds/" + ids.foreignRound() + "/summary", "api/v1/rounds/999999999/summary",
                    "api/v1/rounds/x/summary", "api/v1/funds/" + ids.foreignFund() + "/rounds", "api/v1/funds/999999999/rounds")) {
                String body = problem(user, path, 404);
                assertFalse(body.contains(ForeignFund.ROUND) || body.contains(ForeignFund.NAME), body);
            }
        }
    }

    @Test
    void badFilterValuesAreRefusedWithoutAnEcho() {
        for (String query : List.of("status=NOPE", "year=twenty", "type=CASTLE", "subPool=1x", "fund=&fund=2",
                "town=" + "x".repeat(101))) {
            String body = problem("region", "api/v1/rounds/" + ids.educationRound() + "/summary?" + query, 400);
            assertFalse(body.contains("NOPE") || body.contains("CASTLE") || body.contains("twenty"), body);
        }
    }

    private static String ok(String user, String path) {
        HttpResponse<String> response = WebClient.basic(user, DemoUser.PASSWORD).get(path);
        assertEquals(200, response.statusCode(), user + " " + path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return response.body();
    }

    private static String problem(String user, String path, int status) {
        HttpResponse<String> response = WebClient.basic(user, DemoUser.PASSWORD).get(path);
        assertEquals(status, response.statusCode(), user + " " + path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                user + " " + path + ": " + response.headers().map());
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        return response.body();
    }

    private static Map<String, Object> object(String json) {
        return new Json().toType(json, Json.MAP_TYPE);
    }
}
