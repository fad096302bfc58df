package dk.pulje.it.api;

import dk.pulje.it.support.Urls;
import dk.pulje.it.support.as.DemoUser;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * JSON over HTTP to API v1 as one demo user (HTTP Basic), with any extra headers, and a look into the test database
 * to count what a write stored. Answers are read with Selenium's JSON reader (numbers as Long).
 */
final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String authorization;

    private ApiCalls(String username) {
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + DemoUser.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static ApiCalls as(String username) {
        return new ApiCalls(username);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    HttpResponse<String> post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    HttpResponse<String> put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    /** {@code headers}: name, value, name, value … */
    HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Urls.base() + path))
                .header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (json != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> object(HttpResponse<String> response) {
        return new Json().toType(response.body(), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errors(HttpResponse<String> response) {
        return (List<Map<String, Object>>) object(response).get("errors");
    }

    /** The message given for one field of a refused request. */
    static String errorFor(HttpResponse<String> response, String field) {
        return errors(response).stream().filter(e -> field.equals(e.get("field"))).map(e -> (String) e.get("message"))
                .findFirst().orElseThrow(() -> new AssertionError("no error for " + field + " in " + response.body()));
    }

    static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag"));
    }

    /** A number from the test database (count, id …). */
    static long number(String sql, Object... arguments) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
