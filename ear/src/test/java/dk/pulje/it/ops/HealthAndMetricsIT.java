package dk.pulje.it.ops;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: liveness, readiness and Prometheus metrics on the management interface of the IT server
 * ({@code pulje.it.management.port}); AccessMatrixIT proves that none of it is on the public port.
 */
@PuljeIntegrationTest
@RunAsClient
class HealthAndMetricsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void liveAndReadyAreUpWithPuljesDatabaseCheck() {
        HttpResponse<String> live = Management.get("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());

        HttpResponse<String> ready = Management.get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replace(" ", "");
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("{\"name\":\"pulje-database\",\"status\":\"UP\"}"), "Pulje's own check: " + body);
        assertTrue(body.contains("{\"name\":\"deployments-status\",\"status\":\"UP\""), "WildFly's deployment check: " + body);
    }

    /** The families an operator graphs: requests, latencies, errors, the database pool and JVM memory. */
    @Test
    void metricsArePrometheusTextWithTheNamedFamilies() {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        admin.get("index.xhtml");
        admin.get("projects/list.xhtml");
        WebClient.basic("admin", DemoUser.PASSWORD).get("api/v1/funds");

        HttpResponse<String> metrics = Management.get("/metrics");
        assertEquals(200, metrics.statusCode());
        String text = metrics.body(); // WildFly sends it without a Content-Type; Prometheus reads it all the same
        try {
            // a sample for docs/operations.md and for whoever wonders what a scrape holds
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "metrics-sample.txt"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Set<String> families = families(text);
        List<String> wanted = List.of(
                "undertow_request_count", // requests
                "undertow_processing_time", // latencies: total time, with the count the mean
                "undertow_max_processing_time", // and the slowest
                "undertow_error_count", // errors
                "datasources_pool_active_count", // the database pool
                "datasources_pool_available_count",
                "datasources_pool_max_wait_time",
                "memory_used_heap"); // JVM memory
        for (String family : wanted) {
            assertTrue(families.stream().anyMatch(f -> f.startsWith(family)), family + " missing from " + families);
        }
        assertTrue(Pattern.compile("(?m)^datasources_pool_active_count\\{[^}]*name=\"PuljeDS\"").matcher(text).find(),
                "the pool is Pulje's datasource");
        assertTrue(Pattern.compile("(?m)^undertow_processing_time_seconds_total\\{[^}]*type=\"http-listener\"} (?!0\\.0$)\\S+$")
                .matcher(text).find(), "the listener measures time (record-request-start-time)");
        assertTrue(requestCount(text) >= 3, "the requests above are counted: "
                + text.lines().filter(l -> l.startsWith("undertow_request_count")).toList());
    }

    private static Set<String> families(String text) {
        Set<String> families = new TreeSet<>();
        Matcher type = Pattern.compile("(?m)^# TYPE (\\S+) ").matcher(text);
        while (type.find()) {
            families.add(type.group(1));
        }
        return families;
    }

    /** Pulje's requests, counted per servlet (Faces, the API, the downloads), summed. */
    private static double requestCount(String text) {
        double requests = 0; // Prometheus writes every sample as a float ("12.0"); a count, not money
        Matcher line = Pattern.compile("(?m)^undertow_request_count_total\\{([^}]*)} (\\S+)$").matcher(text);
        while (line.find()) {
            if (line.group(1).contains("subdeployment=\"pulje.war\"") && line.group(1).contains("type=\"servlet\"")) {
                requests += Double.parseDouble(line.group(2));
            }
        }
        return requests;
    }
}
