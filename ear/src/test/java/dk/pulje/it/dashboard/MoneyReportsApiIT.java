package dk.pulje.it.dashboard;

import dk.pulje.application.shared.Clocks;
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

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /pulje/api/v1/money} and {@code GET /pulje/api/v1/reports/overdue} over HTTP with Basic authentication:
 * the JSON's shape (amounts as strings with two decimals, dates ISO 8601), the seed's figures, the filters, the
 * scoping per role, and problem details for forged ids (404) and parameters that do not parse (400).
 */
@PuljeIntegrationTest
@RunAsClient
class MoneyReportsApiIT {

    private static final String AI = "AI i borgernes hænder";

    private static DemoIds ids;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void ids() {
        ids = DemoIds.withMixedUser();
    }

    private static HttpResponse<String> get(String user, String path) {
        return WebClient.basic(user, DemoUser.PASSWORD).get(path);
    }

    private static HttpResponse<String> json(String user, String path) {
        HttpResponse<String> answer = get(user, path);
        assertEquals(200, answer.statusCode(), user + " " + path + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return answer;
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** Seed 002: Uddannelsespuljen 2024 granted 19.944.000 kr. (the press release); the seed plans and pays nothing. */
    @Test
    void moneyOfTheSeedsRoundForRegionalStaff() {
        String body = json("region", "api/v1/money?round=" + ids.educationRound()).body();
        assertTrue(body.contains("\"granted\":\"19944000.00\""), body);
        assertTrue(body.contains("\"paid\":\"0.00\""), body);
        assertTrue(body.contains("\"paidShare\":\"0.0000\""), body);
        assertTrue(body.contains("\"unplanned\":\"19944000.00\""), body);
        assertTrue(body.contains("\"currency\":\"DKK\""), body);
        YearMonth thisMonth = YearMonth.now(Clocks.DANISH_TIME);
        assertTrue(body.contains("\"today\":\"" + java.time.LocalDate.now(Clocks.DANISH_TIME) + "\""), body);
        assertEquals(23, occurrences(body, "\"month\":"), "twelve months back and twelve ahead, this month in both");
        assertTrue(body.contains("{\"month\":\"" + thisMonth.minusMonths(11) + "\",\"paid\":\"0.00\",\"planned\":\"0.00\"}"), body);
        assertTrue(body.contains("\"month\":\"" + thisMonth.plusMonths(11) + "\""), body);

        String development = json("region", "api/v1/money?fund=" + ids.developmentFund()).body();
        assertTrue(development.contains("\"granted\":\"0.00\""), "Udviklingspuljen's amounts are not stated: " + development);
        assertFalse(development.contains("paidShare"), "no share of nothing: " + development);
        assertEquals(json("admin", "api/v1/money?round=" + ids.educationRound()).body().replaceAll("\"today\":\"[^\"]*\"", ""),
                body.replaceAll("\"today\":\"[^\"]*\"", ""), "the administrator sees the same figures");
        assertTrue(json("region", "api/v1/money?round=" + ids.educationRound() + "&status=REJECTED&type=LIBRARY&year=2024&town="
                + URLEncoder.encode("Århus", StandardCharsets.UTF_8)).body().contains("\"granted\":\"0.00\""));
    }

    /** Seed 000: "AI i borgernes hænder" (Udviklingspuljen) owes its final report by 31 December 2025. */
    @Test
    void overdueReportsWithTheirOwnerAndContactScopedToTheCallersFunds() {
        String region = json("region", "api/v1/reports/overdue").body();
        assertTrue(region.contains("\"project\":\"" + AI + "\""), region);
        assertTrue(region.contains("\"dueDate\":\"2025-12-31\""), region);
        assertTrue(region.contains("\"contact\":\"Loke Andersen\""), region);
        assertTrue(region.contains("\"owner\":\"Randers Bibliotek\""), region);
        assertTrue(region.contains("\"type\":\"FINAL\""), region);
        assertTrue(region.contains("\"first\":0") && region.contains("\"size\":100"), region);
        assertTrue(json("mixed", "api/v1/reports/overdue").body().contains(AI), "read as regional staff");
        assertFalse(json("region", "api/v1/reports/overdue?fund=" + ids.educationFund()).body().contains(AI), "narrowed to a fund");
        assertTrue(json("admin", "api/v1/reports/overdue?fund=" + ids.developmentFund() + "&first=0&size=1").body().contains(AI));
    }

    @Test
    void applicantsAndSystemAdministratorsAreRefused() {
        for (String path : List.of("api/v1/money", "api/v1/reports/overdue")) {
            for (String user : List.of("randers", "sysadmin")) {
                HttpResponse<String> answer = get(user, path);
                assertEquals(403, answer.statusCode(), user + " " + path);
                assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            }
            assertEquals(401, WebClient.anonymous().get(path).statusCode());
        }
    }

    @Test
    void aForgedFundRoundOrSubPoolIsNotFound() {
        for (String query : List.of("fund=" + ids.foreignFund(), "round=" + ids.foreignRound(), "subPool=999999999")) {
            for (String path : List.of("api/v1/money?", "api/v1/reports/overdue?")) {
                for (String user : List.of("admin", "region")) {
                    HttpResponse<String> answer = get(user, path + query);
                    assertEquals(404, answer.statusCode(), user + " " + path + query + ": " + answer.body());
                    assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                    assertTrue(answer.body().contains("\"status\":404"), answer.body());
                    assertFalse(answer.body().contains(ForeignFund.NAME), answer.body());
                }
            }
        }
    }

    @Test
    void parametersThatDoNotParseAreBadRequests() {
        String tooLong = URLEncoder.encode("x".repeat(101), StandardCharsets.UTF_8);
        for (String path : List.of("api/v1/money?fund=x", "api/v1/money?status=NOPE", "api/v1/money?type=CASTLE",
                "api/v1/money?year=abc", "api/v1/money?town=" + tooLong, "api/v1/money?round=1&round=2",
                "api/v1/reports/overdue?size=0", "api/v1/reports/overdue?size=501", "api/v1/reports/overdue?first=-1",
                "api/v1/reports/overdue?first=x", "api/v1/reports/overdue?theme=1.5")) {
            HttpResponse<String> answer = get("admin", path);
            assertEquals(400, answer.statusCode(), path + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertTrue(answer.body().contains("\"status\":400"), answer.body());
            assertFalse(answer.body().contains("NOPE") || answer.body().contains("CASTLE") || answer.body().contains("Exception"),
                    "nothing of the input is echoed: " + answer.body());
        }
    }
}
