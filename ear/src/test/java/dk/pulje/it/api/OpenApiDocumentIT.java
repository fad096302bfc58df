package dk.pulje.it.api;

import dk.pulje.it.support.ApiContract;
import dk.pulje.it.support.DemoIds;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI 3.1 document the server publishes (docs/adr/0017): it is a valid 3.1 document (swagger-parser finds no
 * error), it lists every JAX-RS method of the WAR (read from the web module's classes by reflection), and every GET
 * operation it lists answers the demo's real ids with a 2xx that the document allows, as validated by
 * {@link ApiContract}.
 */
@PuljeIntegrationTest
@RunAsClient
class OpenApiDocumentIT {

    private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");
    private static DemoIds ids;
    private static WebClient admin;
    private static ApiContract contract;
    private static String json;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void fetch() {
        ids = DemoIds.withMixedUser();
        admin = WebClient.basic("mixed", DemoUser.PASSWORD);
        HttpResponse<String> answer = admin.get("api/v1/openapi.json");
        assertEquals(200, answer.statusCode(), answer.body());
        json = answer.body();
        contract = ApiContract.of(json);
    }

    @Test
    void theDocumentIsValidOpenApi31WithSecurityProblemsAndAmounts() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's messages on the document");
        assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());

        JsonNode document = contract.document();
        assertFalse(document.path("info").path("version").asString("").isBlank(), "info.version");
        assertEquals("bearer", document.at("/components/securitySchemes/bearer/scheme").asString());
        assertEquals("basic", document.at("/components/securitySchemes/basic/scheme").asString());
        assertEquals("object", document.at("/components/schemas/Problem/type").asString());
        assertEquals("/pulje/api", contract.basePath());
        for (ApiContract.Operation operation : contract.operations()) {
            assertEquals("#/components/schemas/Problem", operation.node()
                    .at("/responses/default/content/application~1problem+json/schema/$ref").asString(null),
                    operation.method() + " " + operation.template() + " answers problems as problem details");
            assertEquals(!operation.template().startsWith("/v1/"), operation.node().path("deprecated").asBoolean(false),
                    operation.method() + " " + operation.template() + ": the unversioned API, and only it, is deprecated");
        }
        // the round's envelope is an amount: a string with two decimals
        JsonNode envelope = contract.resolve(document.at("/components/schemas/RoundSummary/properties/envelope"));
        assertEquals("^-?[0-9]+\\.[0-9]{2}$", envelope.path("pattern").asString(null), envelope.toString());
    }

    @Test
    void everyJaxRsMethodOfTheWarIsInTheDocument() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("../web/target/classes").toAbsolutePath().normalize();
        TreeSet<String> inCode = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader());
             Stream<java.nio.file.Path> files = Files.walk(classes.resolve("dk/pulje/web/api"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                // only classes that name @Path are loaded: the support classes extend swagger-core, not on this classpath
                if (!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Ljakarta/ws/rs/Path;")) {
                    continue;
                }
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, loader);
                if (!type.isAnnotationPresent(Path.class) || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                String base = type.getAnnotation(Path.class).value();
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        inCode.add(verb + " " + normalise(base + "/" + (sub == null ? "" : sub.value())));
                    }
                }
            }
        }
        assertTrue(inCode.size() > 10, "the scan found the resources: " + inCode);
        TreeSet<String> inDocument = new TreeSet<>();
        contract.operations().forEach(o -> inDocument.add(o.method() + " " + o.template()));
        assertEquals(inCode, inDocument, "JAX-RS methods (left) and the document's operations (right)");
    }

    @Test
    void everyGetOperationAnswersRealIdsAsTheDocumentSays() throws SQLException {
        Map<String, String> values = demoValues();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ApiContract.Operation operation : contract.operations()) {
            if (!operation.method().equals("GET")) {
                continue;
            }
            String path;
            try {
                path = concrete(operation, values);
            } catch (IllegalStateException unknown) {
                failures.add(unknown.getMessage());
                continue;
            }
            HttpResponse<String> answer = admin.get(path.substring(1));
            checked++;
            if (answer.statusCode() / 100 != 2) {
                failures.add("GET " + path + " answered " + answer.statusCode() + ": " + shorten(answer.body()));
                continue;
            }
            failures.addAll(contract.problems("GET", answer.request().uri().getPath(), answer.statusCode(),
                    answer.headers(), answer.body()).stream().map(p -> "GET " + path + ": " + p).toList());
        }
        assertTrue(checked > 10, "GET operations checked: " + checked);
        assertEquals(List.of(), failures, "GET operations that broke the document (" + checked + " checked)");
    }

    /** The operation's path with every path parameter and required query parameter filled from the demo. */
    private static String concrete(ApiContract.Operation operation, Map<String, String> values) {
        String path = operation.template();
        String[] segments = path.split("/");
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.node().path("parameters")) {
            JsonNode p = contract.resolve(parameter);
            String name = p.path("name").asString();
            String in = p.path("in").asString();
            if (in.equals("path")) {
                String before = "";
                for (int i = 1; i < segments.length; i++) {
                    if (segments[i].equals("{" + name + "}")) {
                        before = segments[i - 1];
                    }
                }
                String value = values.get(name.equals("id") ? before : name);
                if (value == null) {
                    throw new IllegalStateException("GET " + path + ": no demo value for {" + name + "} after '" + before
                            + "' (add one to OpenApiDocumentIT.demoValues)");
                }
                path = path.replace("{" + name + "}", value);
            } else if (in.equals("query") && p.path("required").asBoolean(false)) {
                JsonNode schema = contract.resolve(p.path("schema"));
                String value = schema.has("enum") ? schema.path("enum").path(0).asString()
                        : schema.has("default") ? schema.path("default").asString() : values.get(name);
                if (value == null) {
                    throw new IllegalStateException("GET " + path + ": no demo value for the query parameter " + name);
                }
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        // Comparing needs two to ten rounds or funds, each an optional parameter of its own.
        if (operation.template().equals("/v1/compare")) {
            query.add("fund=" + values.get("funds") + "&fund=" + values.get("otherFund"));
        }
        return contract.basePath().replaceFirst("^/pulje", "") + path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** Ids by the path segment before them ({@code funds/{id}}) or by parameter name: the demo's education round. */
    private static Map<String, String> demoValues() throws SQLException {
        Map<String, String> values = new HashMap<>();
        values.put("funds", Long.toString(ids.educationFund()));
        values.put("fund", Long.toString(ids.educationFund()));
        values.put("otherFund", Long.toString(ids.developmentFund()));
        values.put("rounds", Long.toString(ids.educationRound()));
        values.put("round", Long.toString(ids.educationRound()));
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection connection = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement select = connection.prepareStatement("""
                     select (select min(p.id) from project p join project_grant g on g.project_id = p.id
                             where p.round_id = ?1 and p.owner_id is not null),
                            (select min(p.owner_id) from project p where p.round_id = ?1),
                            (select min(g.id) from project_grant g join project p on p.id = g.project_id where p.round_id = ?1),
                            (select min(id) from sub_pool where round_id = ?1),
                            (select min(pay.id) from payment pay join project_grant g on g.id = pay.grant_id
                             join project p on p.id = g.project_id where p.fund_id in (?2, ?3)),
                            (select min(ro.id) from report_obligation ro join project p on p.id = ro.project_id
                             where p.fund_id in (?2, ?3))""".replace("?1", "?").replace("?2", "?").replace("?3", "?"))) {
            // the round's projects have no tranches or report obligations in the demo: those come from either fund
            long[] arguments = {ids.educationRound(), ids.educationRound(), ids.educationRound(), ids.educationRound(),
                    ids.educationFund(), ids.developmentFund(), ids.educationFund(), ids.developmentFund()};
            for (int i = 0; i < arguments.length; i++) {
                select.setLong(i + 1, arguments[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                String[][] names = {{"projects", "project"}, {"organisations", "organisation"}, {"grants", "grant"},
                        {"sub-pools", "subPool"}, {"payments", "payment"}, {"reports", "report"}};
                for (int column = 1; column <= names.length; column++) {
                    String value = row.getString(column);
                    if (value != null) {
                        values.put(names[column - 1][0], value);
                        values.put(names[column - 1][1], value);
                    }
                }
            }
        }
        // The demo funds have no tranche: the sweep plans one of its own, through the API, in the API tests' fund.
        String tranche = Long.toString(plannedTranche());
        values.put("payments", tranche);
        values.put("payment", tranche);
        values.put("subpools", values.get("sub-pools"));
        values.put("chains", values.get("projects")); // a follow-up chain is asked for by one of its projects
        values.put("report-obligations", values.get("reports"));
        // one of the caller's own API tokens (it is made here, read-only)
        HttpResponse<String> token = send("POST", "api/v1/me/tokens", "{\"name\": \"openapi-sweep\", \"readOnly\": true}");
        Matcher tokenId = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(token.body());
        if (token.statusCode() / 100 == 2 && tokenId.find()) {
            values.put("tokens", tokenId.group(1));
        }
        return values;
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, json, null);
    }

    private static HttpResponse<String> send(String method, String path, String json, String ifMatch) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(dk.pulje.it.support.Urls.base() + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("mixed:" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A project with a decided grant and one planned tranche, made through the API; the tranche's id. */
    private static long plannedTranche() {
        ApiFund fund = ApiFund.ensure("mixed");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        HttpResponse<String> project = send("POST", "api/v1/projects", """
                {"fundId": %d, "roundId": %d, "type": "DEVELOPMENT", "status": "UNDER_REVIEW", "title": "Opslagsværk %s",
                 "town": "Vejle", "startDate": "%s", "endDate": "%s", "totalSum": "400000.00"}"""
                .formatted(fund.fund(), fund.round(), Long.toString(System.nanoTime(), 36), today, today.plusYears(1)));
        String projectPath = "api/v1/projects/" + created(project);
        HttpResponse<String> grant = send("GET", projectPath + "/grant", "");
        HttpResponse<String> decided = send("POST", projectPath + "/grant", """
                {"granted": "100000.00", "decisionDate": "%s", "journalNumber": "J-%s"}"""
                .formatted(today, Long.toString(System.nanoTime(), 36)), tag(grant));
        if (decided.statusCode() != 200) {
            throw new AssertionError("deciding the sweep's grant: " + decided.statusCode() + " " + decided.body());
        }
        HttpResponse<String> plan = send("GET", projectPath + "/payments", "");
        return created(send("POST", projectPath + "/payments", """
                {"plannedDate": "%s", "amount": "50000.00", "condition": "Ved projektstart"}""".formatted(today), tag(plan)));
    }

    private static long created(HttpResponse<String> answer) {
        if (answer.statusCode() != 201) {
            throw new AssertionError("the sweep's fixture: " + answer.statusCode() + " " + answer.body());
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(answer.body()))) {
            return reader.readObject().getJsonNumber("id").longValueExact();
        }
    }

    private static String tag(HttpResponse<String> answer) {
        return answer.headers().firstValue("ETag").orElseThrow(() ->
                new AssertionError("no ETag: " + answer.statusCode() + " " + answer.body()));
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** As swagger-core writes a JAX-RS path: one leading slash, no doubled or trailing ones, no template regex. */
    static String normalise(String path) {
        Matcher regex = PARAMETER_REGEX.matcher(path);
        String plain = regex.replaceAll("{$1}");
        plain = ("/" + plain).replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String shorten(String body) {
        return body == null ? "" : body.length() < 300 ? body : body.substring(0, 300) + "…";
    }
}
