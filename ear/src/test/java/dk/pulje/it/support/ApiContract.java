package dk.pulje.it.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's contract as the server publishes it ({@code /pulje/api/v1/openapi.json}, fetched once per test class):
 * checks that a real answer (status, headers, body) is one the document allows for that operation, with the
 * networknt JSON Schema validator in its OpenAPI 3.1 dialect on the response's schema (docs/adr/0017).
 * <pre>
 * private static ApiContract contract;
 * &#64;BeforeAll static void contract() { contract = ApiContract.fetch(WebClient.basic(user, password)); }
 * ...
 * HttpResponse&lt;String&gt; answer = client.get("api/v1/funds");
 * contract.assertValid("GET", answer);                 // method + the response (its request's URI is the path)
 * contract.assertValid("POST", "/pulje/api/v1/organisations", 201, headers, body);
 * </pre>
 * A failure names the operation, the status, the schema's place in the document and each difference with the place
 * in the body where it is, then the body.
 */
public final class ApiContract {

    private static final String DOCUMENT_ID = "https://pulje.invalid/api/v1/openapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode document;
    private final String basePath;
    private final Map<String, Schema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

    private ApiContract(String text) {
        this.document = JSON.readTree(text);
        String server = document.path("servers").path(0).path("url").asString("/pulje/api");
        this.basePath = URI.create(server).getPath().replaceAll("/$", "");
    }

    /**
     * The response's schema as a schema resource of its own that carries the document's components, so that its
     * {@code #/components/schemas/…} references resolve inside it (OpenAPI 3.1 dialect, format assertions on).
     */
    private Schema schema(String pointer, JsonNode node) {
        return schemas.computeIfAbsent(pointer, key -> {
            tools.jackson.databind.node.ObjectNode resource = node.isObject()
                    ? ((tools.jackson.databind.node.ObjectNode) node).deepCopy() : JSON.createObjectNode();
            resource.set("components", document.path("components"));
            String id = DOCUMENT_ID + "/" + Integer.toHexString(key.hashCode());
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                    .schemas(Map.of(id, JSON.writeValueAsString(resource)))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            return registry.getSchema(SchemaLocation.of(id));
        });
    }

    /** Reads the document through the API with the given client (any signed-in user may read it). */
    public static ApiContract fetch(WebClient client) {
        HttpResponse<String> answer = client.get("api/v1/openapi.json");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/openapi.json answered " + answer.statusCode() + ": " + answer.body());
        }
        return of(answer.body());
    }

    public static ApiContract of(String documentJson) {
        return new ApiContract(documentJson);
    }

    /** The parsed document (Jackson 3 tree), for tests that read operations, parameters and schemas from it. */
    public JsonNode document() {
        return document;
    }

    /** The server's base path, {@code /pulje/api}. */
    public String basePath() {
        return basePath;
    }

    /** Checks an answer of {@link WebClient} or {@link java.net.http.HttpClient}; the path is its request's. */
    public void assertValid(String method, HttpResponse<String> answer) {
        assertValid(method, answer.request().uri().getPath(), answer.statusCode(), answer.headers(), answer.body());
    }

    public void assertValid(String method, String path, int status, HttpHeaders headers, String body) {
        List<String> problems = problems(method, path, status, headers, body);
        if (!problems.isEmpty()) {
            throw new AssertionError("The answer to " + method + " " + path + " (" + status + ") breaks the OpenAPI "
                    + "document:\n  - " + String.join("\n  - ", problems) + "\nbody: " + shorten(body));
        }
    }

    /** The differences, one readable line each; empty when the answer is one the document allows. */
    public List<String> problems(String method, String path, int status, HttpHeaders headers, String body) {
        List<String> problems = new ArrayList<>();
        Optional<Match> match = operation(method, path);
        if (match.isEmpty()) {
            problems.add("no operation " + method + " matches " + path + " (document paths under " + basePath + ")");
            return problems;
        }
        Match found = match.get();
        String where = "#/paths/" + escape(found.template()) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/";
        JsonNode responses = found.operation().path("responses");
        String code = Integer.toString(status);
        String range = code.charAt(0) + "XX";
        String key = responses.has(code) ? code : responses.has(range) ? range : responses.has("default") ? "default" : null;
        if (key == null) {
            problems.add(found.id() + ": status " + status + " is not documented (documented: " + names(responses) + ")");
            return problems;
        }
        JsonNode response = resolve(responses.path(key));
        where += escape(key);
        for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
            JsonNode declared = resolve(header.getValue());
            Optional<String> value = headers.firstValue(header.getKey());
            if (declared.path("required").asBoolean(false) && value.isEmpty()) {
                problems.add(found.id() + " " + status + ": header " + header.getKey() + " is required but missing");
            }
            String pattern = declared.path("schema").path("pattern").asString(null);
            if (value.isPresent() && pattern != null && !Pattern.compile(pattern).matcher(value.get()).find()) {
                problems.add(found.id() + " " + status + ": header " + header.getKey() + " '" + value.get()
                        + "' does not match " + pattern);
            }
        }
        JsonNode content = response.path("content");
        boolean emptyBody = body == null || body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            if (!emptyBody) {
                problems.add(found.id() + " " + status + ": the document declares no body, the answer has one");
            }
            return problems;
        }
        String mediaType = headers.firstValue("Content-Type").map(t -> t.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .orElse("");
        String declaredType = mediaKey(content, mediaType);
        if (declaredType == null) {
            problems.add(found.id() + " " + status + ": Content-Type '" + mediaType + "' is not among " + names(content));
            return problems;
        }
        JsonNode media = content.path(declaredType);
        if (media.has("schema") && isJson(mediaType)) {
            String pointer = where + "/content/" + escape(declaredType) + "/schema";
            Schema schema = schema(pointer, media.path("schema"));
            List<Error> errors = schema.validate(emptyBody ? "null" : body, InputFormat.JSON);
            for (Error error : errors) {
                problems.add(found.id() + " " + status + " at " + error.getInstanceLocation() + ": " + error.getMessage()
                        + " (schema " + error.getSchemaLocation() + ")");
            }
        }
        return problems;
    }

    /** The operation for a concrete path ({@code /pulje/api/v1/funds/12/rounds?x=1}); literal segments win. */
    public Optional<Match> operation(String method, String path) {
        String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (plain.startsWith(basePath)) {
            plain = plain.substring(basePath.length());
        }
        String relative = plain;
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : document.path("paths").properties()) {
            String template = entry.getKey();
            JsonNode operation = entry.getValue().path(method.toLowerCase(Locale.ROOT));
            if (!operation.isMissingNode() && regex(template).matcher(relative).matches()) {
                matches.add(new Match(template, operation));
            }
        }
        return matches.stream().min(Comparator.comparingInt(m -> m.template().split("\\{", -1).length));
    }

    /** An operation by its operationId: its path template and method. */
    public Optional<Operation> byId(String operationId) {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operationId.equals(operation.getValue().path("operationId").asString(null))) {
                    return Optional.of(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), operation.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** Every operation of the document, in its order. */
    public List<Operation> operations() {
        List<Operation> all = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operation.getValue().has("responses")) {
                    all.add(new Operation(operation.getKey().toUpperCase(Locale.ROOT), path.getKey(), operation.getValue()));
                }
            }
        }
        return all;
    }

    /** Follows a local {@code $ref} ({@code #/components/…}). */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.path("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only local references are expected in the document: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    public record Match(String template, JsonNode operation) {
        String id() {
            return operation.path("operationId").asString(template);
        }
    }

    public record Operation(String method, String template, JsonNode node) {
        public String id() {
            return node.path("operationId").asString(null);
        }
    }

    private static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** The declared media type for the answer's; parameters ({@code ; charset=UTF-8}) do not count. */
    private static String mediaKey(JsonNode content, String mediaType) {
        for (String declared : names(content)) {
            if (declared.split(";")[0].strip().equalsIgnoreCase(mediaType)) {
                return declared;
            }
        }
        String family = mediaType.contains("/") ? mediaType.substring(0, mediaType.indexOf('/')) + "/*" : "";
        return content.has(family) ? family : content.has("*/*") ? "*/*" : null;
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String pointerPart) {
        return pointerPart.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String shorten(String body) {
        if (body == null) {
            return "(none)";
        }
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "… (" + body.length() + " chars)";
    }
}
