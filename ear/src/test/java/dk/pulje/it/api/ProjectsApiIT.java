package dk.pulje.it.api;

import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.ReportData;
import dk.pulje.it.support.Urls;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API v1's reads (issue 13, helper D): {@code /api/v1/projects} with its filters, sorts and keyset paging to the end,
 * a project's detail with its ETag, funds, rounds and sub-pools; each role's scope, forged ids, refusals as problem
 * details; and the deprecation of the first API's {@code /api/projects…}. Expected values from the seed and from
 * fixtures written in plain SQL ({@link ReportData}), not from the services.
 */
@PuljeIntegrationTest
@RunAsClient
class ProjectsApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static DemoIds ids;
    private static ReportData.Fixture randers;
    private static ReportData.Fixture foreign;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void fixtures() {
        ids = DemoIds.withMixedUser();
        randers = ReportData.progressReport("API-læsning");
        foreign = ReportData.foreignReport();
    }

    @Test
    void pagedToTheEndEveryProjectComesOnceWithNextLinksAndLinkHeaders() {
        List<Map<String, Object>> all = new ArrayList<>();
        String address = Urls.base() + "api/v1/projects?sort=title&limit=7";
        int pages = 0;
        while (address != null) {
            HttpResponse<String> response = get("admin", address, Map.of());
            assertEquals(200, response.statusCode(), response.body());
            Map<String, Object> page = object(response.body());
            assertTrue(page.containsKey("next"), "next is always there, null on the last page: " + response.body());
            String next = (String) page.get("next");
            if (next != null) {
                assertEquals("<" + next + ">; rel=\"next\"", response.headers().firstValue("Link").orElse(null));
                assertTrue(next.contains("sort=title") && next.contains("limit=7") && next.contains("cursor="), next);
            } else {
                assertTrue(response.headers().firstValue("Link").isEmpty(), "no next link on the last page");
            }
            all.addAll(items(page));
            address = next;
            pages++;
        }
        assertTrue(pages > 2, "more than two pages of seven");
        List<Object> seen = all.stream().map(p -> p.get("id")).toList();
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no project twice");
        assertEquals(new HashSet<>(seen), new HashSet<>(allIds("admin", "sort=-granted&limit=500")),
                "another sort, paged in larger steps, reads the same projects");
        assertEquals(new HashSet<>(seen), new HashSet<>(allIds("admin", "limit=3")), "by id, in threes (ties of none)");
    }

    @Test
    void theDefaultLimitIsFiftyAndFiveHundredIsAllowed() {
        int all = allIds("admin", "limit=500").size();
        Map<String, Object> first = ok("admin", "api/v1/projects");
        assertEquals(Math.min(50, all), items(first).size());
        assertEquals(all > 50, first.get("next") != null, "a next page only when there is more");
        assertEquals(all, items(ok("admin", "api/v1/projects?limit=500")).size(), "up to 500 in one page");
        Map<String, Object> one = ok("admin", "api/v1/projects?limit=1");
        assertEquals(1, items(one).size());
        assertNotNull(one.get("next"));
        List<Object> byId = items(first).stream().map(p -> p.get("id")).toList();
        List<Object> sorted = new ArrayList<>(byId);
        sorted.sort((a, b) -> Long.compare((Long) a, (Long) b));
        assertEquals(sorted, byId, "sorted by id unless said");
    }

    @Test
    void descendingByGrantedPutsTheUnknownLastAndTiesByIdDescending() {
        List<Map<String, Object>> rows = allItems("admin", "sort=-granted&limit=4");
        boolean unknownSeen = false;
        for (int i = 0; i < rows.size(); i++) {
            String granted = (String) rows.get(i).get("granted");
            if (granted == null) {
                unknownSeen = true;
                if (i > 0 && rows.get(i - 1).get("granted") == null) {
                    assertTrue((Long) rows.get(i - 1).get("id") > (Long) rows.get(i).get("id"), "unknowns by id, descending");
                }
                continue;
            }
            assertFalse(unknownSeen, "an unknown granted amount comes after every known one");
            if (i > 0) {
                int order = new java.math.BigDecimal((String) rows.get(i - 1).get("granted")).compareTo(new java.math.BigDecimal(granted));
                assertTrue(order > 0 || (order == 0 && (Long) rows.get(i - 1).get("id") > (Long) rows.get(i).get("id")),
                        "descending, ties by id descending: " + rows.get(i - 1) + " then " + rows.get(i));
            }
        }
        assertTrue(unknownSeen, "the portfolio has projects without a grant");
    }

    @Test
    void eachFilterNarrowsToWhatItSays() {
        int all = allIds("admin", "limit=500").size();
        assertFiltered("fund=" + ids.educationFund(), all, p -> "Uddannelsespuljen".equals(p.get("fund")));
        assertFiltered("round=" + ids.educationRound(), all, p -> "Uddannelsespuljen 2024".equals(p.get("round")));
        assertFiltered("town=Randers", all, p -> "Randers".equals(p.get("town")));
        assertFiltered("status=ACTIVE", all, p -> "ACTIVE".equals(p.get("status")));
        assertFiltered("q=ai", all, p -> ((String) p.get("title")).toLowerCase(Locale.ROOT).contains("ai"));
        long library = ForeignFund.organisationId("Randers Bibliotek");
        assertFiltered("organisation=" + library, all, p -> {
            Map<String, Object> detail = ok("admin", "api/v1/projects/" + p.get("id"));
            return "Randers Bibliotek".equals(detail.get("ownerName")) || ((List<?>) detail.get("partners")).stream()
                    .anyMatch(pa -> "Randers Bibliotek".equals(((Map<?, ?>) pa).get("organisation")));
        });
        Object[] theme = anyUsedTheme();
        assertFiltered("theme=" + theme[0], all, p -> ((List<?>) ok("admin", "api/v1/projects/" + p.get("id")).get("themes"))
                .contains(theme[1]));
        // Filters combine with "and": the status and town of one of the fund's projects, together.
        Map<String, Object> sample = allItems("admin", "fund=" + ids.educationFund()).stream()
                .filter(p -> p.get("town") != null).findFirst().orElseThrow();
        assertFiltered("fund=" + ids.educationFund() + "&status=" + sample.get("status") + "&town="
                        + java.net.URLEncoder.encode((String) sample.get("town"), StandardCharsets.UTF_8), all,
                p -> sample.get("status").equals(p.get("status")) && sample.get("town").equals(p.get("town"))
                        && "Uddannelsespuljen".equals(p.get("fund")));
        assertEquals(List.of(), allIds("admin", "fund=" + ids.foreignFund()), "a fund outside the scope lists nothing");
    }

    @Test
    void badInputIsAProblemWithoutAnEcho() {
        String titleCursor = (String) ok("admin", "api/v1/projects?sort=title&limit=2").get("next");
        String cursor = titleCursor.substring(titleCursor.indexOf("cursor=") + 7);
        String forgedKey = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1\ngranted\na\n12\n=lots".getBytes(StandardCharsets.UTF_8));
        for (String query : List.of("limit=0", "limit=501", "limit=ten", "cursor=%25%25", "cursor=bm9wZQ",
                "cursor=" + forgedKey + "&sort=granted", "sort=id&cursor=" + cursor, "sort=-title&cursor=" + cursor,
                "sort=nope", "sort=-", "status=NOPE", "fund=x", "fund=1&fund=2", "round=1.5", "theme=x",
                "organisation=x", "q=" + "x".repeat(201), "town=" + "x".repeat(101))) {
            HttpResponse<String> response = get("admin", Urls.base() + "api/v1/projects?" + query, Map.of());
            assertEquals(400, response.statusCode(), query + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), query);
            assertFalse(response.body().contains("NOPE") || response.body().contains("lots"), response.body());
        }
        assertEquals(200, get("admin", Urls.base() + "api/v1/projects?sort=title&cursor=" + cursor, Map.of()).statusCode(),
                "the same cursor with its own sort is fine");
    }

    @Test
    void anApplicantReadsItsOrganisationsProjectsOnlyAndTheSystemAdministratorNone() {
        Set<Object> mine = new HashSet<>(allIds("randers", "limit=500"));
        assertTrue(mine.contains(randers.projectId()));
        long aarhus = ForeignFund.projectId("Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt");
        assertFalse(mine.contains(aarhus), "another organisation's project is not listed");
        assertTrue(new HashSet<>(allIds("admin", "limit=500")).contains(aarhus));
        for (Object id : mine) {
            Map<String, Object> detail = ok("randers", "api/v1/projects/" + id);
            assertNull(detail.get("internalNote"), "applicants never read the fund's internal note");
        }
        assertEquals(List.of(), allIds("randers", "fund=" + ids.educationFund() + "&organisation="
                + ForeignFund.organisationId(ForeignFund.FUNDER)), "a filter never widens the scope");
        problem("randers", "api/v1/projects/" + aarhus, 404);
        for (String path : List.of("api/v1/projects", "api/v1/projects/" + randers.projectId(),
                "api/v1/projects/" + randers.projectId() + "/history", "api/v1/funds/" + ids.educationFund(),
                "api/v1/rounds/" + ids.educationRound(), "api/v1/rounds/" + ids.educationRound() + "/sub-pools")) {
            problem("sysadmin", path, 403);
        }
        for (String path : List.of("api/v1/funds", "api/v1/funds/" + ids.educationFund(), "api/v1/rounds/" + ids.educationRound(),
                "api/v1/rounds/" + ids.educationRound() + "/sub-pools", "api/v1/rounds/" + ids.educationRound() + "/summary",
                "api/v1/money")) {
            problem("randers", path, 403);
        }
    }

    @Test
    void forgedIdsAreNotFoundAndLeakNothing() {
        for (String user : List.of("admin", "region", "randers", "mixed")) {
            for (String path : List.of("api/v1/projects/" + foreign.projectId(), "api/v1/projects/" + foreign.projectId() + "/history",
                    "api/v1/projects/999999999", "api/v1/projects/x", "api/v1/projects/999999999/history")) {
                String body = problem(user, path, 404);
                assertFalse(body.contains(foreign.title()), body);
            }
        }
        for (String user : List.of("admin", "region")) {
            for (String path : List.of("api/v1/funds/" + ids.foreignFund(), "api/v1/rounds/" + ids.foreignRound(),
                    "api/v1/rounds/" + ids.foreignRound() + "/sub-pools", "api/v1/funds/999999999", "api/v1/rounds/x")) {
                String body = problem(user, path, 404);
                assertFalse(body.contains(ForeignFund.NAME) || body.contains(ForeignFund.ROUND), body);
            }
        }
        assertFalse(allIds("admin", "limit=500").contains(foreign.projectId()));
    }

    @Test
    void aProjectsDetailWithItsPartsAndItsETag() {
        HttpResponse<String> response = get("admin", Urls.base() + "api/v1/projects/" + randers.projectId(), Map.of());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> p = object(response.body());
        assertEquals("\"" + p.get("version") + "\"", response.headers().firstValue("ETag").orElse(null));
        assertEquals(randers.title(), p.get("title"));
        assertEquals("Randers Bibliotek", p.get("ownerName"));
        assertEquals(ForeignFund.organisationId("Randers Bibliotek"), p.get("ownerId"));
        assertEquals("ACTIVE", p.get("status"));
        assertEquals("100000.00", p.get("totalSum"));
        assertEquals("2026-01-01", p.get("startDate"));
        assertEquals("Runde 2026", p.get("roundName"));
        List<Map<String, Object>> budget = list(p.get("budgetLines"));
        assertEquals(Set.of("60000.00", "30000.00"), Set.of(budget.get(0).get("amount"), budget.get(1).get("amount")));
        List<Map<String, Object>> financing = list(p.get("financingLines"));
        assertEquals(1, financing.size());
        assertEquals("OWN_CASH", financing.get(0).get("kind"));
        assertEquals("20000.00", financing.get(0).get("amount"));
        Map<?, ?> grant = (Map<?, ?>) p.get("grant");
        assertEquals("80000.00", grant.get("granted"));
        assertEquals("2026-01-15", grant.get("decisionDate"));
        List<Map<String, Object>> payments = list(grant.get("payments"));
        assertEquals(1, payments.size());
        assertEquals("40000.00", payments.get(0).get("plannedAmount"));
        assertEquals(randers.reportId(), payments.get(0).get("reportId"));
        assertEquals(true, payments.get(0).get("held"));
        assertEquals(randers.paymentId(), payments.get(0).get("id"));
        List<Map<String, Object>> reports = list(p.get("reports"));
        assertEquals(1, reports.size());
        assertEquals("STATUS", reports.get(0).get("type"));
        assertEquals("DUE", reports.get(0).get("status"));
        assertEquals(1, list(p.get("milestones")).size());

        String tag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = get("admin", Urls.base() + "api/v1/projects/" + randers.projectId(), Map.of("If-None-Match", tag));
        assertEquals(304, again.statusCode(), "unchanged since the client read it");
        assertEquals(200, get("admin", Urls.base() + "api/v1/projects/" + randers.projectId(),
                Map.of("If-None-Match", "\"999999\"")).statusCode());
    }

    @Test
    void fundsRoundsAndSubPools() {
        Map<String, Object> fund = ok("region", "api/v1/funds/" + ids.educationFund());
        assertEquals("Uddannelsespuljen", fund.get("shortName"));
        Map<String, Object> round = ok("region", "api/v1/rounds/" + ids.educationRound());
        assertEquals("Uddannelsespuljen 2024", round.get("name"));
        assertEquals(ids.educationFund(), round.get("fundId"));
        assertEquals("19900000.00", round.get("envelope"));
        assertEquals(2024L, round.get("year"));
        List<Object> pools = new Json().toType(getOk("admin", "api/v1/rounds/" + ids.educationRound() + "/sub-pools"), Json.LIST_OF_MAPS_TYPE);
        assertEquals(2, pools.size());
        Map<?, ?> theme = (Map<?, ?>) pools.get(0);
        assertEquals("Temapulje", theme.get("name"));
        assertEquals("THEME", theme.get("kind"));
        assertEquals("0.8000", theme.get("targetShare"));
        assertEquals(ids.educationRound(), theme.get("roundId"));
        assertEquals("Åben pulje", ((Map<?, ?>) pools.get(1)).get("name"));
        List<Object> rounds = new Json().toType(getOk("admin", "api/v1/funds/" + ids.educationFund() + "/rounds"), Json.LIST_OF_MAPS_TYPE);
        assertEquals(ids.educationFund(), ((Map<?, ?>) rounds.get(0)).get("fundId"), "the fund's rounds say their fund too");
    }

    @Test
    void theFirstApiIsDeprecatedAndNamesItsSuccessor() {
        for (String path : List.of("api/projects", "api/projects/" + randers.projectId(), "api/export/projects.csv",
                "api/projects/999999999")) {
            HttpResponse<String> response = get("admin", Urls.base() + path, Map.of());
            assertTrue(response.statusCode() == 200 || response.statusCode() == 404, path);
            assertEquals("@1795651200", response.headers().firstValue("Deprecation").orElse(null), path);
            assertEquals("</pulje/api/v1/projects>; rel=\"successor-version\"", response.headers().firstValue("Link").orElse(null), path);
        }
        assertEquals(200, get("admin", Urls.base() + "api/projects", Map.of()).statusCode(), "still working");
        assertTrue(get("admin", Urls.base() + "api/v1/projects", Map.of()).headers().firstValue("Deprecation").isEmpty());
    }

    private void assertFiltered(String query, int all, Predicate<Map<String, Object>> holds) {
        List<Map<String, Object>> rows = allItems("admin", query + "&limit=500");
        assertFalse(rows.isEmpty(), query + " finds something");
        assertTrue(rows.size() < all, query + " narrows");
        for (Map<String, Object> row : rows) {
            assertTrue(holds.test(row), query + ": " + row);
        }
    }

    /** A theme some demo project has, {id, name}. */
    private static Object[] anyUsedTheme() {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement query = db.prepareStatement("""
                     select t.id, t.name from theme t where exists (select 1 from project_theme pt where pt.theme_id = t.id)
                     order by t.id limit 1""");
             ResultSet row = query.executeQuery()) {
            row.next();
            return new Object[]{row.getLong(1), row.getString(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> allIds(String user, String query) {
        return allItems(user, query).stream().map(p -> p.get("id")).toList();
    }

    private static List<Map<String, Object>> allItems(String user, String query) {
        List<Map<String, Object>> all = new ArrayList<>();
        String address = Urls.base() + "api/v1/projects?" + query;
        while (address != null) {
            HttpResponse<String> response = get(user, address, Map.of());
            assertEquals(200, response.statusCode(), address + ": " + response.body());
            Map<String, Object> page = object(response.body());
            all.addAll(items(page));
            address = (String) page.get("next");
        }
        return all;
    }

    private static Map<String, Object> ok(String user, String path) {
        return object(getOk(user, path));
    }

    private static String getOk(String user, String path) {
        HttpResponse<String> response = get(user, Urls.base() + path, Map.of());
        assertEquals(200, response.statusCode(), user + " " + path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        return response.body();
    }

    private static String problem(String user, String path, int status) {
        HttpResponse<String> response = get(user, Urls.base() + path, Map.of());
        assertEquals(status, response.statusCode(), user + " " + path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                user + " " + path + ": " + response.headers().map());
        return response.body();
    }

    static HttpResponse<String> get(String user, String address, Map<String, String> headers) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).GET().timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic);
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> object(String json) {
        return new Json().toType(json, Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
