package dk.pulje.launcher;

import dk.pulje.domain.model.account.ApiTokenSecret;
import dk.pulje.domain.model.account.PasswordHasher;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 13 (ADR 0018): what an API token saves. Throughput (requests a second, {@link #CLIENTS} clients in parallel)
 * of a page of 100 projects read with a token against the cheapest authenticated request ({@code GET /api/v1/me})
 * with the same token on the same server; the goal is a ratio of at least 0.5. The same two with HTTP Basic (whose
 * good credentials are remembered for 60 s, so a warm client pays no hash), and the first request of a user not seen
 * before with Basic (one PBKDF2) against a token's first. The bench server runs without rate limits.
 */
final class TokenBench {

    static final int CLIENTS = 4;

    private TokenBench() {
    }

    static void measure(String base, String username, String password, Connection connection, int requests,
                        PrintStream out) throws Exception {
        String bearer = "Bearer " + token(connection, username);
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String page = base + "api/projects?size=100";
        String me = base + "api/v1/me";
        out.println();
        out.printf(Locale.ROOT, "%-60s %10s %8s%n", "API tokens vs HTTP Basic (" + CLIENTS + " clients, " + requests + " requests each case)",
                "req/s", "p50 ms");
        double tokenMe = throughput(out, http, "GET /api/v1/me, token (trivial)", me, bearer, requests);
        double tokenPage = throughput(out, http, "GET /api/projects?size=100, token (page of 100)", page, bearer, requests);
        double basicMe = throughput(out, http, "GET /api/v1/me, Basic (warm: remembered credential)", me, basic, requests);
        double basicPage = throughput(out, http, "GET /api/projects?size=100, Basic (warm)", page, basic, requests);
        out.printf(Locale.ROOT, "ratio page/trivial with a token: %.2f (goal ≥ 0.50); with Basic: %.2f%n",
                tokenPage / tokenMe, basicPage / basicMe);
        out.printf(Locale.ROOT, "token vs Basic, trivial: %.2f×; page: %.2f×%n", tokenMe / basicMe, tokenPage / basicPage);
        // The first request of a client: Basic hashes the password once (PBKDF2, 600,000 iterations), a token does not.
        List<Double> coldBasic = new ArrayList<>();
        List<Double> coldToken = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String cold = "bench-cold-" + i;
            user(connection, cold, password, username);
            coldBasic.add(once(http, me, "Basic " + Base64.getEncoder().encodeToString((cold + ":" + password).getBytes(StandardCharsets.UTF_8))));
            coldToken.add(once(http, me, "Bearer " + token(connection, cold)));
        }
        out.printf(Locale.ROOT, "first request of a new client, median of 5: Basic %.1f ms, token %.1f ms%n",
                median(coldBasic), median(coldToken));
    }

    private static double throughput(PrintStream out, HttpClient http, String name, String url, String authorization,
                                     int requests) throws Exception {
        for (int i = 0; i < 20; i++) {
            once(http, url, authorization);
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger left = new AtomicInteger(requests);
        List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                clients.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        millis.add(once(http, url, authorization));
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            pool.shutdown();
        }
        double perSecond = requests / ((System.nanoTime() - started) / 1e9);
        out.printf(Locale.ROOT, "%-60s %10.1f %8.1f%n", name, perSecond, median(new ArrayList<>(millis)));
        return perSecond;
    }

    private static double once(HttpClient http, String url, String authorization) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + ": HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private static double median(List<Double> values) {
        java.util.Collections.sort(values);
        return values.get(values.size() / 2);
    }

    /** A read-only token for the user, stored the way ApiTokenService stores one. */
    private static String token(Connection connection, String username) throws SQLException {
        return token(connection, username, "bench", true);
    }

    /** A token named {@code name} for the user, stored the way ApiTokenService stores one (also ./pulje load's). */
    static String token(Connection connection, String username, String name, boolean readOnly) throws SQLException {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into api_token (user_id, name, lookup_id, secret_hash, read_only, created_at)
                select id, ?, ?, ?, ?, now() from user_account where username = ?""")) {
            insert.setString(1, name);
            insert.setString(2, secret.lookup());
            insert.setString(3, secret.hash());
            insert.setBoolean(4, readOnly);
            insert.setString(5, username);
            insert.executeUpdate();
        }
        return secret.text();
    }

    /** A user with the roles of {@code like}, never seen by the server (no remembered credential). */
    private static void user(Connection connection, String username, String password, String like) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into user_account (username, display_name, password_hash, password_changed_at, created_at)
                values (?, ?, ?, ?, ?)""")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, username);
            insert.setString(2, username);
            insert.setString(3, new PasswordHasher().hash(password.toCharArray()));
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        }
        try (PreparedStatement roles = connection.prepareStatement("""
                insert into user_role (user_id, role) select n.id, r.role from user_account n, user_role r
                join user_account l on l.id = r.user_id where n.username = ? and l.username = ?""")) {
            roles.setString(1, username);
            roles.setString(2, like);
            roles.executeUpdate();
        }
    }
}
