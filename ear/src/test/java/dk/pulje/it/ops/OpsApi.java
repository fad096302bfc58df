package dk.pulje.it.ops;

import dk.pulje.it.support.JsonRequests;
import dk.pulje.it.support.ops.PuljeInstance;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;

/**
 * JSON over HTTP to a {@link PuljeInstance}'s API v1 as its demo administrator (HTTP Basic: the instance runs without a
 * required second factor), and a fund of the operations tests' own in its database, so that the demo funds stay as
 * the seed says even on this separate instance.
 */
final class OpsApi {

    record Reply(int status, String body, String etag, String contentType, String retryAfter) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    /** A fund administered by admin, with one round and a theme sub-pool. */
    record OpsFund(long fund, long round) {
    }

    /**
     * HTTP/1.1, as a finance system's client would speak it, one connection per writer: the default tries an h2c
     * upgrade and multiplexes the writers over one HTTP/2 connection, whose end (GOAWAY) fails every request on it.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String authorization;

    /**
     * As admin with an API token of its own, made once with HTTP Basic: Basic checks the password's slow hash on every
     * request, which would make the many-requests tests measure the hash rather than Pulje.
     */
    OpsApi(PuljeInstance pulje) throws IOException, InterruptedException {
        this.base = pulje.url();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + PuljeInstance.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        Reply token = post("api/v1/me/tokens", "{\"name\": \"Driftstest\"}");
        if (token.status() != 201) {
            throw new IllegalStateException("No API token for admin: " + token.status() + " " + token.body());
        }
        this.authorization = "Bearer " + token.json().getString("token");
    }

    Reply get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    Reply post(String path, String json, String... headers) throws IOException, InterruptedException {
        return send("POST", path, json, headers);
    }

    /** {@code headers}: name, value, name, value … */
    Reply send(String method, String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest request = JsonRequests.of(base + path, authorization, Duration.ofSeconds(60), method, json,
                headers);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Retry-After").orElse(null));
    }

    static OpsFund fund(PuljeInstance pulje, String shortName) throws SQLException {
        try (Connection db = pulje.connect()) {
            update(db, """
                    insert into fund (funder_id, name, short_name) select o.id, ?, ?
                    from organisation o where o.name = 'Region Midtjylland'""", shortName + " (driftstest)", shortName);
            long fund = id(db, "select id from fund where short_name = ?", shortName);
            update(db, "insert into funding_round (fund_id, name, round_year) values (?, ?, 2026)", fund, shortName + " 2026");
            long round = id(db, "select id from funding_round where fund_id = ?", fund);
            update(db, "insert into sub_pool (round_id, name, kind, target_share) values (?, 'Temapulje', 'THEME', 1.00)", round);
            update(db, """
                    insert into user_fund (user_id, fund_id, role) select u.id, ?, 'FUND_ADMIN' from user_account u
                    where u.username = 'admin'""", fund);
            return new OpsFund(fund, round);
        }
    }

    static long id(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, arguments); ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No row: " + sql);
            }
            return row.getLong(1);
        }
    }

    static void update(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, arguments)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... arguments) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
        return statement;
    }
}
