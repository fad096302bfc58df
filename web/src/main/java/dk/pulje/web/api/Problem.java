package dk.pulje.web.api;

import java.util.Map;
import java.util.UUID;

/**
 * An API error as RFC 9457 problem details ({@code application/problem+json}): the status, a plain title, and for
 * server errors an incident id that is also in the server log, so that a report can be matched to its log line.
 * Nothing from the request and no class name is echoed.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Bad Request", 401, "Unauthorized", 403, "Forbidden", 404, "Not Found",
            405, "Method Not Allowed", 406, "Not Acceptable", 415, "Unsupported Media Type",
            429, "Too Many Requests", 500, "Internal Server Error", 503, "Service Unavailable");

    private Problem() {
    }

    public static String json(int status, String incident) {
        String title = TITLES.getOrDefault(status, status >= 500 ? "Server Error" : "Request Refused");
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + (incident == null ? "" : ",\"instance\":\"urn:pulje:incident:" + incident + "\"") + "}";
    }

    public static String newIncident() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
