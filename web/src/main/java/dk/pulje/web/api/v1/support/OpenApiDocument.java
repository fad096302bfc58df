package dk.pulje.web.api.v1.support;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Path;

import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The API's OpenAPI 3.1 document, generated once per deployment by swagger-core from the JAX-RS resources themselves
 * (docs/adr/0017), so it cannot drift from the code: every class with {@code @Path} under {@code dk.pulje.web.api} in
 * the WAR is read. What the reader cannot know is added here: the servers, the two ways to authenticate, problem
 * details as every operation's {@code default} response, and the unversioned {@code /api/projects…} marked
 * deprecated. Served as JSON and YAML by {@code OpenApiResource} and, for the reference page with the session, by
 * {@code ApiDocsServlet}.
 */
@ApplicationScoped
public class OpenApiDocument {

    /** The API's own version (info.version): v1, changed compatibly. Not the build's version. */
    public static final String VERSION = "1.0.0";
    static final String RESOURCES = "/WEB-INF/classes/dk/pulje/web/api/";

    private volatile String json;
    private volatile String yaml;

    public String json(ServletContext context) {
        if (json == null) {
            build(context);
        }
        return json;
    }

    public String yaml(ServletContext context) {
        if (yaml == null) {
            build(context);
        }
        return yaml;
    }

    private synchronized void build(ServletContext context) {
        if (json != null) {
            return;
        }
        OpenAPI document = generate(context.getContextPath(), resources(context));
        try {
            yaml = Yaml31.pretty().writeValueAsString(document);
            json = Json31.pretty().writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static OpenAPI generate(String contextPath, Set<Class<?>> resources) {
        registerConverters();
        SwaggerConfiguration configuration = new SwaggerConfiguration().openAPI(base(contextPath)).openAPI31(true)
                .readAllResources(true).defaultResponseCode("200");
        OpenAPI document = new ApiReader(configuration).read(resources);
        document.setOpenapi("3.1.0");
        document.setSpecVersion(SpecVersion.V31);
        // Added after the reader, not with the base: the reader re-reads the base's component schemas as if they were
        // 3.0 models and so typed every member of Problem as "object" (every problem answer then failed the contract).
        document.getComponents().addSchemas(ApiSchemas.PROBLEM, ApiSchemas.problem());
        complete(document);
        return document;
    }

    private static OpenAPI base(String contextPath) {
        Components components = new Components()
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("A personal API token from the page API-tokens (/pulje/account/tokens.xhtml) or "
                                + "POST /v1/me/tokens: Authorization: Bearer <token>"))
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Username and password, for trying things out; throttled like the login page and "
                                + "refused for users with a second factor"));
        return new OpenAPI(SpecVersion.V31).openapi("3.1.0")
                .info(new Info().title("Pulje API").version(VERSION)
                        .description("Funds, rounds, organisations, projects, grants, payments and reports of Pulje, "
                                + "scoped to the caller exactly as the pages are. Amounts are strings with two decimals "
                                + "(\"1234567.00\"), dates ISO 8601, errors RFC 9457 problem details. Writes need "
                                + "If-Match with the ETag read; POST takes an Idempotency-Key. The unversioned "
                                + "/api/projects… are deprecated. Guide: docs/api.md."))
                .servers(List.of(new Server().url(contextPath + "/api").description("This Pulje")))
                .components(components)
                .security(List.of(new SecurityRequirement().addList("bearer"), new SecurityRequirement().addList("basic")));
    }

    private static final Object CONVERTERS = new Object();
    private static boolean convertersRegistered;

    /** swagger-core keeps its converters in a static registry (one per class loader, so one per deployment). */
    private static void registerConverters() {
        synchronized (CONVERTERS) {
            if (convertersRegistered) {
                return;
            }
            ModelConverters converters = ModelConverters.getInstance(true);
            converters.addConverter(new ModelResolver(Json31.mapper(), new ApiSchemaNames()).openapi31(true));
            converters.addConverter(new ApiSchemaConverter());
            convertersRegistered = true;
        }
    }

    /** Sorted paths; problem details as every operation's default answer; the unversioned API deprecated. */
    private static void complete(OpenAPI document) {
        Paths sorted = new Paths();
        new TreeMap<>(document.getPaths() == null ? Map.<String, PathItem>of() : document.getPaths())
                .forEach(sorted::addPathItem);
        document.setPaths(sorted);
        Set<String> ids = new HashSet<>();
        sorted.forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!ids.add(operation.getOperationId())) {
                throw new IllegalStateException("Two operations are " + operation.getOperationId()
                        + "; name one with @Operation(operationId = …)");
            }
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            ApiResponse unnamed = responses.get("default");
            if (unnamed != null && io.swagger.v3.jaxrs2.Reader.DEFAULT_DESCRIPTION.equals(unnamed.getDescription())) {
                // A method returning a bare Response says nothing about its status: swagger calls that "default".
                // Read as 200, so that an undocumented 201/204/3xx fails the contract tests until its resource names
                // it with @ApiResponse; "default" is for problems.
                responses.remove("default");
                responses.addApiResponse("200", unnamed.description("OK"));
            }
            if (!responses.containsKey("default")) {
                responses.addApiResponse("default", new ApiResponse()
                        .description("Problem details (RFC 9457): 400 bad input, 401 not authenticated, 403 not "
                                + "allowed, 404 not found or not yours, 412/428 If-Match, 422 broken rules, 429 slow "
                                + "down, 5xx with an incident id")
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new JsonSchema().$ref(ApiSchemas.PROBLEM_REF)))));
            }
            operation.setResponses(responses);
            if (!path.startsWith("/v1/")) {
                deprecate(operation);
            }
        }));
    }

    private static void deprecate(Operation operation) {
        operation.setDeprecated(true);
        String note = "Deprecated: the unversioned API answers with a Deprecation header; use /v1/projects.";
        operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
    }

    /** Every concrete class with {@code @Path} under dk/pulje/web/api in the WAR's classes. */
    static Set<Class<?>> resources(ServletContext context) {
        Set<Class<?>> found = new LinkedHashSet<>();
        ClassLoader loader = OpenApiDocument.class.getClassLoader();
        Deque<String> folders = new ArrayDeque<>(List.of(RESOURCES));
        while (!folders.isEmpty()) {
            Set<String> entries = context.getResourcePaths(folders.pop());
            if (entries == null) {
                continue;
            }
            for (String entry : entries.stream().sorted(Comparator.naturalOrder()).toList()) {
                if (entry.endsWith("/")) {
                    folders.push(entry);
                } else if (entry.endsWith(".class") && !entry.contains("$")) {
                    String name = entry.substring("/WEB-INF/classes/".length(), entry.length() - ".class".length())
                            .replace('/', '.');
                    try {
                        Class<?> type = Class.forName(name, false, loader);
                        if (type.isAnnotationPresent(Path.class) && !type.isInterface()
                                && !Modifier.isAbstract(type.getModifiers())) {
                            found.add(type);
                        }
                    } catch (ClassNotFoundException | LinkageError unreadable) {
                        throw new IllegalStateException("Cannot read " + name + " for the OpenAPI document", unreadable);
                    }
                }
            }
        }
        return found;
    }
}
