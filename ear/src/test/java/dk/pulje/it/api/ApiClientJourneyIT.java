package dk.pulje.it.api;

import dk.pulje.it.support.ApiContract;
import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Urls;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client written from the OpenAPI document alone, as an integrator would: it knows operation ids and field names,
 * and reads from the document each operation's method and path, the request body's properties (every field it sends
 * must be one the document names, every required one must be sent) and the enumerations; every answer is checked by
 * {@link ApiContract}. The journey of a finance system: an organisation, its project, the grant, a tranche planned and
 * recorded paid. The operation ids are those the resources get by default (resource + method, docs/adr/0017).
 */
@PuljeIntegrationTest
@RunAsClient
class ApiClientJourneyIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void anOrganisationItsProjectTheGrantAndAPaymentThroughTheDocument() {
        // A fund of its own: the demo round's figures, which the dashboard tests assert, stay as the seed says.
        ApiFund apiFund = ApiFund.ensure();
        DocumentClient api = new DocumentClient(ApiContract.fetch(WebClient.basic("admin", DemoUser.PASSWORD)),
                "admin", DemoUser.PASSWORD);
        String unique = Long.toString(System.nanoTime(), 36);

        Answer organisation = api.call("organisationRegister", Map.of(), null, body(
                "name", "Læseforeningen " + unique, "type", "NGO", "town", "Vejle"));
        assertEquals(201, organisation.status(), organisation.body());
        long organisationId = organisation.json().path("id").asLong();

        Answer project = api.call("projectWriteCreate", Map.of(), null, body(
                "fundId", apiFund.fund(), "roundId", apiFund.round(), "type", "DEVELOPMENT",
                "status", "UNDER_REVIEW", "title", "Læsekreds " + unique, "ownerId", organisationId, "town", "Vejle",
                "startDate", TODAY.plusMonths(1).toString(), "endDate", TODAY.plusMonths(13).toString(),
                "totalSum", "400000.00"));
        assertEquals(201, project.status(), project.body());
        long projectId = project.json().path("id").asLong();
        Map<String, Object> onProject = Map.of("id", projectId);

        Answer undecided = api.call("grant", onProject, null, null);
        assertEquals(200, undecided.status(), undecided.body());
        Answer decided = api.call("grantDecide", onProject, undecided.etag(), body(
                "granted", "250000.00", "decisionDate", TODAY.toString(), "journalNumber", "J-" + unique,
                "confirmedOverEnvelope", false));
        assertEquals(200, decided.status(), decided.body());

        Answer plan = api.call("payments", onProject, null, null);
        Answer planned = api.call("paymentPlan", onProject, plan.etag(), body(
                "plannedDate", TODAY.toString(), "amount", "100000.00", "condition", "Ved projektstart"));
        assertEquals(201, planned.status(), planned.body());
        String location = planned.header("Location");
        long paymentId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        Answer tranche = api.call("payment", Map.of("id", paymentId), null, null);
        assertEquals(200, tranche.status(), tranche.body());
        Answer paid = api.call("paymentPaid", Map.of("id", paymentId), tranche.etag(), body(
                "paidDate", TODAY.toString(), "reference", "FIN-" + unique));
        assertEquals(200, paid.status(), paid.body());

        Answer after = api.call("payment", Map.of("id", paymentId), null, null);
        assertTrue(after.json().path("paid").asBoolean(false), after.body());
        assertEquals(List.of(), api.problems(), "what the client met that the document does not say");
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String etag() {
            return header("ETag");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + ": " + body));
        }
    }

    /** The hand-written client: everything about the HTTP side comes from the document. */
    static final class DocumentClient {

        private final ApiContract contract;
        private final String authorization;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final List<String> problems = new ArrayList<>();

        DocumentClient(ApiContract contract, String username, String password) {
            this.contract = contract;
            this.authorization = "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        List<String> problems() {
            return problems;
        }

        Answer call(String operationId, Map<String, Object> pathValues, String ifMatch, Map<String, Object> body) {
            ApiContract.Operation operation = contract.byId(operationId).orElseThrow(() -> new AssertionError(
                    "the document has no operation " + operationId + "; it has " + contract.operations().stream()
                            .map(ApiContract.Operation::id).toList()));
            String path = operation.template();
            for (Map.Entry<String, Object> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue().toString());
            }
            assertTrue(!path.contains("{"), operationId + ": a path parameter is left in " + path);
            String server = contract.document().path("servers").path(0).path("url").asString();
            URI uri = URI.create(Urls.base()).resolve(server + path);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization).header("Accept", "application/json");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if (body != null) {
                checkAgainstSchema(operationId, operation, body);
                request.header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .method(operation.method(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                problems.addAll(contract.problems(operation.method(), uri.getPath(), response.statusCode(),
                        response.headers(), response.body()).stream().map(p -> operationId + ": " + p).toList());
                return new Answer(response.statusCode(), response.body(), response);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Every field sent is one the request body's schema names (enums: one of its values); required ones are sent. */
        private void checkAgainstSchema(String operationId, ApiContract.Operation operation, Map<String, Object> body) {
            JsonNode schema = contract.resolve(operation.node().at("/requestBody/content/application~1json/schema"));
            assertTrue(schema.has("properties"), operationId + ": the document describes no JSON body: " + schema);
            for (Map.Entry<String, Object> field : body.entrySet()) {
                JsonNode property = schema.path("properties").path(field.getKey());
                assertTrue(!property.isMissingNode(), operationId + ": the document names no field " + field.getKey()
                        + " (it names " + schema.path("properties").propertyNames() + ")");
                JsonNode values = contract.resolve(property).path("enum");
                if (values.isArray() && !values.isEmpty()) {
                    boolean known = false;
                    for (JsonNode value : values) {
                        known |= value.asString().equals(field.getValue().toString());
                    }
                    assertTrue(known, operationId + ": " + field.getKey() + " is one of " + values);
                }
            }
            for (JsonNode required : schema.path("required")) {
                assertTrue(body.containsKey(required.asString()), operationId + ": the document requires " + required);
            }
        }
    }

}
