package dk.pulje.it.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The request every client-side API test sends: a method, an optional JSON body, the caller's Authorization header. */
public final class JsonRequests {

    private JsonRequests() {
    }

    /** {@code headers}: name, value, name, value … added after Authorization and Content-Type. */
    public static HttpRequest of(String url, String authorization, Duration timeout, String method, String json,
                                 String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Authorization", authorization)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
