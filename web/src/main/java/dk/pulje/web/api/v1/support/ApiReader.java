package dk.pulje.web.api.v1.support;

import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.api.OpenAPIConfiguration;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * swagger-core's JAX-RS reader with stable operation ids and tags: an operation without an explicit
 * {@code @Operation(operationId = …)} is named after its resource and method ({@code FundResource.rounds} →
 * {@code fundRounds}; {@code FundResource.funds} → {@code funds}) instead of swagger's method name with a counter
 * ({@code get_3}), which would change whenever another resource adds a method of the same name. The operation's tag
 * is its resource ({@code Fund}) unless it names its own. The unversioned API's operations are prefixed {@code legacy}.
 */
final class ApiReader extends Reader {

    ApiReader(OpenAPIConfiguration configuration) {
        super(configuration);
    }

    @Override
    protected Operation parseMethod(Class<?> type, Method method, List<Parameter> globalParameters,
                                    Produces methodProduces, Produces classProduces, Consumes methodConsumes,
                                    Consumes classConsumes, List<SecurityRequirement> classSecurityRequirements,
                                    Optional<ExternalDocumentation> classExternalDocs, Set<String> classTags,
                                    List<Server> classServers, boolean isSubresource, RequestBody parentRequestBody,
                                    ApiResponses parentResponses, JsonView jsonViewAnnotation,
                                    io.swagger.v3.oas.annotations.responses.ApiResponse[] classResponses,
                                    AnnotatedMethod annotatedMethod) {
        Operation operation = super.parseMethod(type, method, globalParameters, methodProduces, classProduces,
                methodConsumes, classConsumes, classSecurityRequirements, classExternalDocs, classTags, classServers,
                isSubresource, parentRequestBody, parentResponses, jsonViewAnnotation, classResponses, annotatedMethod);
        io.swagger.v3.oas.annotations.Operation declared = method.getAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isBlank()) {
            // the method's own class: swagger passes other things as the first argument (e.g. Jackson's type)
            operation.setOperationId(operationId(method.getDeclaringClass(), method));
        }
        if (method.isAnnotationPresent(ApiDashboardFilter.class)) {
            dashboardFilter().forEach(operation::addParametersItem);
        }
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTagsItem(resource(method.getDeclaringClass()));
        }
        return operation;
    }

    /** ApiValues.filter's parameters: each at most once; a value that does not parse is 400. */
    private static List<Parameter> dashboardFilter() {
        return List.of(
                query("fund", integer(), "Only this fund (of the caller's portfolio; another is 404)"),
                query("round", integer(), "Only this round"),
                query("year", new io.swagger.v3.oas.models.media.JsonSchema().types(Set.of("integer")), "Only rounds of this year"),
                query("theme", integer(), "Only projects with this theme (id)"),
                query("town", new io.swagger.v3.oas.models.media.JsonSchema().types(Set.of("string")).maxLength(100), "Only projects in this town (exact)"),
                query("type", enumOf(dk.pulje.domain.model.organisation.OrganisationType.class), "Only owners of this institution type"),
                query("status", enumOf(dk.pulje.domain.model.project.ProjectStatus.class), "Only projects in this status"),
                query("subPool", integer(), "Only grants from this sub-pool"));
    }

    private static Parameter query(String name, io.swagger.v3.oas.models.media.Schema<?> schema, String description) {
        return new Parameter().in("query").name(name).required(false).schema(schema).description(description);
    }

    private static io.swagger.v3.oas.models.media.Schema<?> integer() {
        return new io.swagger.v3.oas.models.media.JsonSchema().types(Set.of("integer")).format("int64");
    }

    private static io.swagger.v3.oas.models.media.Schema<?> enumOf(Class<? extends Enum<?>> type) {
        io.swagger.v3.oas.models.media.JsonSchema schema = new io.swagger.v3.oas.models.media.JsonSchema();
        schema.types(Set.of("string"));
        for (Enum<?> value : type.getEnumConstants()) {
            schema.addEnumItemObject(value.name());
        }
        return schema;
    }

    /** {@code FundResource.rounds} → {@code fundRounds}; a method named after its resource keeps its name. */
    static String operationId(Class<?> type, Method method) {
        String resource = resource(type);
        String name = method.getName();
        String id = name.toLowerCase().startsWith(resource.toLowerCase()) ? name
                : Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        // the deprecated unversioned API (/api/projects…) shares resource names with v1
        return type.getPackageName().startsWith("dk.pulje.web.api.v1") ? id
                : "legacy" + Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    static String resource(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.endsWith("Resource") && simple.length() > 8 ? simple.substring(0, simple.length() - 8) : simple;
    }
}
