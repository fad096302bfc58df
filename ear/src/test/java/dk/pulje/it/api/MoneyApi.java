package dk.pulje.it.api;

import dk.pulje.it.support.JsonRequests;
import dk.pulje.it.support.Urls;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small JSON client for the grant, payment and report-obligation endpoints: HTTP Basic as the given user or a
 * Bearer token, any
 * method, any extra headers ({@code If-Match}, {@code Idempotency-Key}, {@code Accept-Language}), no cookies.
 */
final class MoneyApi {

    static final String PASSWORD = "Api-Penge-2026!";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The answer: status, headers and body, with the body read as JSON on demand. */
    record Reply(int status, java.net.http.HttpHeaders headers, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String etag() {
            return headers.firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + status + " " + body));
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    private final String authorization;

    private MoneyApi(String authorization) {
        this.authorization = authorization;
    }

    static MoneyApi as(String user) {
        return new MoneyApi("Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    /** With an API token ({@code Authorization: Bearer}), as a finance system calls. */
    static MoneyApi bearer(String token) {
        return new MoneyApi("Bearer " + token);
    }

    Reply get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Reply post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    Reply send(String method, String path, String json, String... headers) {
        HttpRequest request = JsonRequests.of(Urls.base() + path, authorization, Duration.ofSeconds(30), method, json,
                headers);
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
