package dk.pulje.it.api;

import dk.pulje.application.project.ChangeProjectDetails;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.TestFund;
import dk.pulje.it.support.Urls;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/projects/{id}/history}: a change made through the service by the fund's administrator is the
 * newest line of the project's history over the API, with the administrator's user, the time, the field and the values
 * before and after as the API writes them; another fund's reader does not find the project's history at all.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ProjectHistoryApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectHistoryApiIT.class, TestData.class, TestFund.class, Urls.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectDetailService details;

    @Test
    void aChangeShowsWithItsUserTimeAndValues() throws Exception {
        long id = TestData.project(projects, catalog, TestData.unique("Historik over API"));
        ProjectDetail before = details.detail(id).orElseThrow();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        projects.changeDetails(new ChangeProjectDetails(id, before.version(), before.title(), null, null,
                before.startDate(), before.endDate(), "Svendborg", null, Money.dkk("1250000.50")));

        HttpResponse<String> response = get("admin", "api/v1/projects/" + id + "/history");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray events = Json.createReader(new StringReader(response.body())).readArray();
        JsonObject town = events.stream().map(v -> v.asJsonObject())
                .filter(e -> "town".equals(e.getString("field", null))).findFirst().orElseThrow(() -> new AssertionError(response.body()));
        assertEquals("admin", town.getString("changedBy"));
        assertEquals("project", town.getString("area"));
        assertEquals("CHANGED", town.getString("kind"));
        assertEquals("Odense", town.getString("before"));
        assertEquals("Svendborg", town.getString("after"));
        assertTrue(!Instant.parse(town.getString("changedAt")).isBefore(started.minusSeconds(1)), town.toString());
        JsonObject total = events.stream().map(v -> v.asJsonObject())
                .filter(e -> "totalSum".equals(e.getString("field", null))).findFirst().orElseThrow(() -> new AssertionError(response.body()));
        assertEquals("1000000.00", total.getString("before"));
        assertEquals("1250000.50", total.getString("after"));
        assertEquals(events.getJsonObject(0).getJsonNumber("revision").longValue(),
                events.stream().mapToLong(e -> e.asJsonObject().getJsonNumber("revision").longValue()).max().orElseThrow(),
                "newest first");
        assertTrue(events.stream().anyMatch(e -> "ADDED".equals(e.asJsonObject().getString("kind"))), "its creation too");

        assertEquals(404, get("region", "api/v1/projects/" + id + "/history").statusCode(),
                "the test fund is not the region's: not found, as a project that does not exist");
        assertEquals(404, get("randers", "api/v1/projects/" + id + "/history").statusCode());
        assertEquals(403, get("sysadmin", "api/v1/projects/" + id + "/history").statusCode());
        assertEquals(LocalDate.of(2025, 1, 1), before.startDate());
    }

    private static HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Urls.base() + path))
                .header("Authorization", "Basic " + basic).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
