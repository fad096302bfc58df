package dk.pulje.it.dashboard;

import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.RawHttp;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /pulje/api/v1/rounds/{id}/distribution?by=…} and {@code …/cofinancing} from outside, over HTTP Basic: the
 * JSON's shape and seed figures (amounts as strings with two decimals), the filters, the scoping per role, and the
 * refusals as problem details. Seed figures as in {@link DistributionCofinancingIT}.
 */
@PuljeIntegrationTest
@RunAsClient
class DistributionCofinancingApiIT {

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
    void byTownGivesRandersItsSixProjectsWithAmountsAsStrings() {
        RawHttp.Response answer = get("region", "distribution?by=town");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"), answer.headers().toString());
        String randers = object(answer.body(), "\"key\":\"Randers\"");
        assertTrue(randers.contains("\"projects\":6"), randers);
        assertTrue(randers.contains("\"granted\":\"2178000.00\""), randers);
        assertTrue(randers.contains("\"total\":\"4868000.00\""), randers);
        assertTrue(randers.contains("\"supportShare\":\"0.4474\""), randers);
        assertTrue(randers.contains("\"notStated\":false"), randers);
        assertTrue(answer.body().contains("\"by\":\"town\""), answer.body());
        assertTrue(answer.body().contains("\"groupsOverlap\":false"), answer.body());
        assertTrue(answer.body().contains("\"granted\":\"19944000.00\""), "the round as a whole: " + answer.body());
        assertTrue(answer.body().contains("\"round\":" + ids.educationRound()), answer.body());
        assertTrue(answer.body().contains("\"of\":15"), "the scatter's projects: " + answer.body());
    }

    @Test
    void everyReaderOfThePortfolioGetsTheSameFigures() {
        String region = get("region", "distribution?by=town").body();
        for (String user : List.of("admin", "mixed")) {
            RawHttp.Response answer = get(user, "distribution?by=town");
            assertEquals(200, answer.status(), user);
            assertEquals(region, answer.body(), user);
        }
    }

    @Test
    void byThemeSaysTheGroupsOverlapAndNamesTheUnthemedAsNotStated() {
        RawHttp.Response answer = get("region", "distribution?by=theme");
        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("\"groupsOverlap\":true"), answer.body());
        String none = object(answer.body(), "\"notStated\":true");
        assertTrue(none.contains("\"projects\":3"), none);
        assertTrue(none.contains("\"key\":null"), none);
    }

    @Test
    void theFiltersNarrowTheRound() {
        RawHttp.Response answer = get("region", "distribution?by=status&town=Randers");
        assertEquals(200, answer.status(), answer.body());
        String granted = object(answer.body(), "\"key\":\"GRANTED\"");
        assertTrue(granted.contains("\"projects\":6"), granted);
        RawHttp.Response schools = get("region", "distribution?by=town&type=SCHOOL");
        assertFalse(schools.body().contains("\"key\":\"Aarhus\""), "no school owns an Aarhus project: " + schools.body());
    }

    @Test
    void coFinancingGivesTheMarginsAndTheRule() {
        RawHttp.Response answer = get("region", "cofinancing");
        assertEquals(200, answer.status(), answer.body());
        String groenne = object(answer.body(), "\"title\":\"Grønne Rollemodeller\"",
                answer.body().indexOf("\"projects\":["));
        assertTrue(groenne.contains("\"outcome\":\"WITHIN_TOLERANCE\""), groenne);
        assertTrue(groenne.contains("\"margin\":\"-250.00\""), groenne);
        assertTrue(groenne.contains("\"marginPoints\":\"-0.000363\""), groenne);
        assertTrue(groenne.contains("\"cofinancing\":\"172000.00\""), groenne);
        assertTrue(answer.body().contains("\"tolerance\":\"1125.00\""), answer.body());
        assertTrue(answer.body().contains("\"owner\":\"SUB_POOL\""), answer.body());
        assertTrue(answer.body().contains("\"WITHIN_TOLERANCE\":4"), answer.body());
        assertTrue(answer.body().contains("\"NOT_REQUIRED\":3"), answer.body());
        assertTrue(answer.body().indexOf("Grøn omstilling og bæredygtige kulturer") < answer.body().indexOf("Digitalt Grundforløb"),
                "the lowest support share first: " + answer.body());
    }

    @Test
    void applicantsAndTheSystemAdministratorAreRefusedWithAProblem() {
        for (String user : List.of("randers", "sysadmin")) {
            for (String what : List.of("distribution?by=town", "cofinancing")) {
                assertProblem(get(user, what), 403, user + " " + what);
            }
        }
        assertProblem(RawHttp.get("127.0.0.1", "/pulje/api/v1/rounds/" + ids.educationRound() + "/distribution"), 401, "anonymous");
    }

    @Test
    void aForeignOrUnknownRoundIsNotFound() {
        for (String user : List.of("admin", "region", "mixed")) {
            assertProblem(RawHttp.get("127.0.0.1", "/pulje/api/v1/rounds/" + ids.foreignRound() + "/distribution?by=town",
                    "Authorization: " + RawHttp.basic(user, DemoUser.PASSWORD)), 404, user + " foreign distribution");
            assertProblem(RawHttp.get("127.0.0.1", "/pulje/api/v1/rounds/" + ids.foreignRound() + "/cofinancing",
                    "Authorization: " + RawHttp.basic(user, DemoUser.PASSWORD)), 404, user + " foreign cofinancing");
        }
        assertProblem(RawHttp.get("127.0.0.1", "/pulje/api/v1/rounds/987654321/cofinancing",
                "Authorization: " + RawHttp.basic("region", DemoUser.PASSWORD)), 404, "unknown");
    }

    @Test
    void badParametersAreRefusedWithAProblem() {
        for (String what : List.of("distribution?by=county", "distribution?by=town&status=DREAMING", "distribution?year=abc",
                "cofinancing?type=CASTLE", "cofinancing?subPool=x")) {
            assertProblem(get("region", what), 400, what);
        }
    }

    private static RawHttp.Response get(String user, String what) {
        return RawHttp.get("127.0.0.1", "/pulje/api/v1/rounds/" + ids.educationRound() + "/" + what,
                "Authorization: " + RawHttp.basic(user, DemoUser.PASSWORD));
    }

    private static void assertProblem(RawHttp.Response answer, int status, String what) {
        assertEquals(status, answer.status(), what + ": " + answer.body());
        assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), what + ": " + answer.headers());
        assertTrue(answer.body().contains("\"status\":" + status), what + ": " + answer.body());
    }

    private static String object(String json, String marker) {
        return object(json, marker, 0);
    }

    /** The innermost JSON object around the first {@code marker} from {@code from} on (no braces inside strings here). */
    private static String object(String json, String marker, int from) {
        int at = json.indexOf(marker, from);
        assertTrue(at >= 0, marker + " in " + json);
        int start = at;
        for (int depth = 0; ; start--) {
            char c = json.charAt(start);
            if (c == '}') {
                depth++;
            } else if (c == '{' && depth-- == 0) {
                break;
            }
        }
        int end = at;
        for (int depth = 0; ; end++) {
            char c = json.charAt(end);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth-- == 0) {
                break;
            }
        }
        return json.substring(start, end + 1);
    }
}
