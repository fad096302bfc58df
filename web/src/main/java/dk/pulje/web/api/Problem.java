package dk.pulje.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An API error as RFC 9457 problem details ({@code application/problem+json}): the status, a plain title, a
 * {@code detail} of Pulje's own words in the client's language, for server errors an incident id that is also in the
 * server log, and extension members such as {@code errors} (which field, what is wrong) or {@code changedBy}. Built with
 * JSON-P so that every text is escaped; nothing from the request and no class name is echoed.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"), Map.entry(412, "Precondition Failed"), Map.entry(413, "Content Too Large"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(428, "Precondition Required"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));

    private final int status;
    private final JsonObjectBuilder members = Json.createObjectBuilder();
    private String detail;
    private String instance;

    private Problem(int status) {
        this.status = status;
    }

    /** A problem with the given status and its standard title. */
    public static Problem of(int status) {
        return new Problem(status);
    }

    public Problem detail(String text) {
        this.detail = text;
        return this;
    }

    public Problem instance(String uri) {
        this.instance = uri;
        return this;
    }

    /** An extension member (RFC 9457 §3.2); null leaves it out. */
    public Problem with(String name, String value) {
        if (value != null) {
            members.add(name, value);
        }
        return this;
    }

    /** The {@code errors} member: each field that is wrong (a JSON pointer-like path, or null for the whole) and why. */
    public Problem errors(List<FieldError> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (FieldError error : errors) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            if (error.field() == null) {
                item.addNull("field");
            } else {
                item.add("field", error.field());
            }
            list.add(item.add("message", error.message()));
        }
        members.add("errors", list);
        return this;
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title(status))
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        members.build().forEach(json::add);
        return json.build();
    }

    /** The answer: the status, {@code application/problem+json}, and this problem as its body. */
    public Response response() {
        return responseBuilder().build();
    }

    public Response.ResponseBuilder responseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson().toString());
    }

    /** A bare problem: status and title, and an incident id for a server error. */
    public static String json(int status, String incident) {
        return of(status).instance(incident == null ? null : "urn:pulje:incident:" + incident).toJson().toString();
    }

    public static String title(int status) {
        return TITLES.getOrDefault(status, status >= 500 ? "Server Error" : "Request Refused");
    }

    public static String newIncident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** One field of a request that is wrong, and what is wrong with it, in the client's language. */
    public record FieldError(String field, String message) {
    }
}
