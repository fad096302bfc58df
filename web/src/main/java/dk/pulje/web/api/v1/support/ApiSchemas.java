package dk.pulje.web.api.v1.support;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The schemas every operation shares: problem details (RFC 9457) and the string forms of money and shares. */
public final class ApiSchemas {

    /** Kroner with exactly two decimals, a point as decimal separator, no thousands separator. */
    public static final String AMOUNT_PATTERN = "^-?[0-9]+\\.[0-9]{2}$";
    public static final String DECIMAL_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";
    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

    private ApiSchemas() {
    }

    static Schema<?> amount() {
        return new JsonSchema().types(Set.of("string")).pattern(AMOUNT_PATTERN).example("1234567.00")
                .description("An amount in kroner (DKK) with two decimals, as a string");
    }

    static Schema<?> share() {
        return new JsonSchema().types(Set.of("string")).pattern(DECIMAL_PATTERN).example("0.4125")
                .description("A decimal number as a string");
    }

    /**
     * Problem details as Pulje writes them: the RFC's members, and the extension members its writes add
     * ({@code errors} for broken rules, {@code changedBy}/{@code changedAt} for a stale {@code If-Match}).
     * Further members may come; clients ignore what they do not know.
     */
    static Schema<?> problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new JsonSchema().types(Set.of("string")).format("uri-reference")
                .description("A URI naming the kind of problem; about:blank when the status says it all"));
        properties.put("title", new JsonSchema().types(Set.of("string")));
        properties.put("status", new JsonSchema().types(Set.of("integer")).minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)));
        properties.put("detail", new JsonSchema().types(Set.of("string")));
        properties.put("instance", new JsonSchema().types(Set.of("string")).format("uri-reference")
                .description("For server errors an incident id (urn:pulje:incident:…) that is also in the server log"));
        Map<String, Schema> error = new LinkedHashMap<>();
        error.put("field", new JsonSchema().types(Set.of("string", "null")));
        error.put("message", new JsonSchema().types(Set.of("string")));
        properties.put("errors", new JsonSchema().types(Set.of("array")).items(new JsonSchema().types(Set.of("object"))
                .properties(error).required(List.of("message")))
                .description("Each broken rule, in the language of Accept-Language (Danish by default)"));
        properties.put("changedBy", new JsonSchema().types(Set.of("string", "null"))
                .description("412: who changed the resource since the client read it"));
        properties.put("changedAt", new JsonSchema().types(Set.of("string", "null")).format("date-time")
                .description("412: when"));
        return new JsonSchema().types(Set.of("object")).properties(properties).required(List.of("title", "status"))
                .description("RFC 9457 problem details (application/problem+json)");
    }
}
