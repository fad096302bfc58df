package dk.pulje.it.ops;

import dk.pulje.application.shared.Clocks;
import dk.pulje.it.support.JsonRequests;
import dk.pulje.it.support.ops.PuljeInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./pulje backup} of a live Pulje while an API client keeps writing (projects, grant decisions, tranches),
 * {@code ./pulje restore} of that file into a new data folder, and that Pulje started: every write acknowledged before
 * the backup began is in it whole, none acknowledged after it ended, the figures the API shows for the funds nobody
 * wrote in are the same as the original's, and the data is consistent (no tranche above its grant, the round
 * summaries equal a fresh count). The commands run as {@code ./pulje} runs them: the launcher's classes in a child JVM
 * with PULJE_DATA. ADR 0021, docs/operations.md "Backup and restore".
 */
class BackupIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + PuljeInstance.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final String FUND = "Backup-puljen";
    private static final LocalDate TODAY = LocalDate.now(Clocks.DANISH_TIME);

    /** One step of the stream, acknowledged by the server at {@code at} (System.nanoTime). */
    private record Ack(int project, String step, long at) {
    }

    @Test
    void aBackupUnderWritesRestoresIntoAPuljeThatStartsWithTheSameFigures() throws Exception {
        Path instances = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/pulje-instances");
        Path file = instances.resolve("backup-it.zip");
        Path restoredData = instances.resolve("backup-restored");
        deleteTree(restoredData);
        Files.deleteIfExists(file);
        try (PuljeInstance source = PuljeInstance.start("backup-source")) {
            long[] fund = backupFund(source);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> projectIds = new ConcurrentLinkedQueue<>();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    try {
                        for (int n = 0; writing.get(); n++) {
                            int project = writer * 1_000_000 + n;
                            projectIds.add(writeProject(source, fund, project, acks));
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "backup-it-writer-" + w);
                thread.start();
                writers.add(thread);
            }
            long backupStart;
            long backupEnd;
            Command backup;
            try {
                awaitAcks(acks, 6, failure);
                backupStart = System.nanoTime();
                backup = launcherCommand("BackupCommand", source.dataFolder(), file.toString());
                backupEnd = System.nanoTime();
                awaitAcks(acks, acks.size() + 3, failure); // and writing went on after it
            } finally {
                writing.set(false);
                for (Thread thread : writers) {
                    thread.join(TimeUnit.SECONDS.toMillis(60));
                }
            }
            assertNull(failure.get(), () -> "a write failed: " + failure.get());
            assertEquals(0, backup.exit(), backup.output());
            assertTrue(backup.output().contains("backup of schema version"), backup.output());
            long during = acks.stream().filter(a -> a.at() > backupStart && a.at() < backupEnd).count();
            assertTrue(during > 0, "writes were acknowledged while the backup ran: " + acks.size() + " in all");

            // Refusals through the command line: the running Pulje's own folder, and a file that is no backup.
            Command running = launcherCommand("RestoreCommand", source.dataFolder(), file.toString(), "--yes");
            assertEquals(1, running.exit(), running.output());
            assertTrue(running.output().contains("stop it first"), running.output());
            Path notABackup = instances.resolve("not-a-backup.zip");
            Files.copy(source.launcherLog(), notABackup, StandardCopyOption.REPLACE_EXISTING);
            Command wrong = launcherCommand("RestoreCommand", restoredData, notABackup.toString(), "--yes");
            assertEquals(1, wrong.exit(), wrong.output());
            assertTrue(wrong.output().contains("not a Pulje backup"), wrong.output());
            assertFalse(Files.exists(restoredData.resolve("postgres/pgdata")), "a refused restore makes nothing");

            long restoreStart = System.nanoTime();
            Command restore = launcherCommand("RestoreCommand", restoredData, file.toString());
            long restoreMillis = (System.nanoTime() - restoreStart) / 1_000_000;
            assertEquals(0, restore.exit(), restore.output());
            System.out.printf("BackupIT: %d writes acknowledged, %d while the backup ran (%d ms, as a command);"
                    + " restore %d ms.%n%s%s", acks.size(), during, (backupEnd - backupStart) / 1_000_000, restoreMillis,
                    backup.output(), restore.output());
            assertTrue(restore.output().contains("checksums equal"), restore.output());

            try (PuljeInstance restored = PuljeInstance.builder("backup-restored").dataFolder(restoredData).start()) {
                // The funds nobody wrote in show the same figures, through the API, as in the original.
                List<Long> funds = fundIds(source).stream().filter(id -> id != fund[0]).toList();
                assertFalse(funds.isEmpty());
                for (long id : funds) {
                    assertEquals(get(source, "api/v1/money?fund=" + id).body(), get(restored, "api/v1/money?fund=" + id).body(),
                            "the money figures of fund " + id);
                    assertEquals(get(source, "api/v1/funds/" + id + "/rounds").body(), get(restored, "api/v1/funds/" + id + "/rounds").body());
                }
                try (Connection original = source.connect(); Connection copy = restored.connect()) {
                    assertEquals(number(original, "select count(*) from project where fund_id <> ?", fund[0]),
                            number(copy, "select count(*) from project where fund_id <> ?", fund[0]));
                    assertEquals(0, number(copy, """
                            select count(*) from project p where p.fund_id = ?
                            and not exists (select 1 from project_aud a where a.id = p.id)""", fund[0]),
                            "every restored project has its history (the audit trail came along in the same snapshot)");
                    checkWrites(copy, acks, backupStart, backupEnd);
                    checkConsistent(copy);
                }
                // The restored Pulje takes writes again: ids go on above the restored ones.
                long next = writeProject(restored, fund, 9_999_999, new ConcurrentLinkedQueue<>());
                assertTrue(projectIds.stream().noneMatch(id -> id == next), "a new id, not one the original handed out");
                try (Connection copy = restored.connect()) {
                    checkConsistent(copy);
                }
            }
        } finally {
            deleteTree(restoredData);
            Files.deleteIfExists(file);
            Files.deleteIfExists(instances.resolve("not-a-backup.zip"));
        }
    }

    /** Every project whose three steps were acknowledged before the backup began is there whole; nothing after it ended. */
    private static void checkWrites(Connection copy, ConcurrentLinkedQueue<Ack> acks, long backupStart, long backupEnd)
            throws SQLException {
        int before = 0;
        int after = 0;
        for (Ack ack : acks) {
            String title = title(ack.project());
            long count = switch (ack.step()) {
                case "project" -> number(copy, "select count(*) from project where title = ?", title);
                case "grant" -> number(copy, """
                        select count(*) from project_grant g join project p on p.id = g.project_id
                        where p.title = ? and g.granted_amount = 60000""", title);
                default -> number(copy, """
                        select count(*) from payment t join project_grant g on g.id = t.grant_id join project p on p.id = g.project_id
                        where p.title = ? and t.planned_amount = 30000""", title);
            };
            if (ack.at() < backupStart) {
                assertEquals(1, count, "acknowledged before the backup: " + ack);
                before++;
            } else if (ack.at() > backupEnd) {
                assertEquals(0, count, "acknowledged after the backup: " + ack);
                after++;
            }
        }
        assertTrue(before >= 6 && after >= 1, before + " acknowledged before, " + after + " after");
    }

    /** No tranche above its grant, no grant without its project, and the round summaries equal a fresh count. */
    private static void checkConsistent(Connection copy) throws SQLException {
        assertEquals(0, number(copy, """
                select count(*) from project_grant g
                where g.granted_amount < (select coalesce(sum(t.planned_amount), 0) from payment t where t.grant_id = g.id)"""));
        assertEquals(0, number(copy, "select count(*) from project_grant g where not exists (select 1 from project p where p.id = g.project_id)"));
        assertEquals(lines(copy, """
                select p.fund_id || '/' || coalesce(cast(p.round_id as text), '-') || ': ' || count(*) || ' | '
                       || coalesce(sum(p.total_amount), 0.00) || ' ' || count(p.total_amount) || ' | '
                       || coalesce(sum(g.granted_amount), 0.00) || ' ' || count(g.granted_amount)
                from project p left join project_grant g on g.project_id = p.id
                group by p.fund_id, p.round_id order by 1"""), lines(copy, """
                select s.fund_id || '/' || coalesce(cast(s.round_id as text), '-') || ': ' || s.projects || ' | '
                       || s.total_sum || ' ' || s.totals_known || ' | ' || s.granted_sum || ' ' || s.grants_known
                from round_summary s
                where not (s.projects = 0 and s.total_sum = 0 and s.totals_known = 0 and s.granted_sum = 0 and s.grants_known = 0)
                order by 1"""), "round_summary equals a fresh aggregate");
    }

    /** Creates a project, decides its grant and plans a tranche, each through the API; records each acknowledgement. */
    private static long writeProject(PuljeInstance pulje, long[] fund, int project, ConcurrentLinkedQueue<Ack> acks) {
        HttpResponse<String> created = send(pulje, "POST", "api/v1/projects", """
                {"fundId": %d, "roundId": %d, "type": "DEVELOPMENT", "status": "UNDER_REVIEW", "title": "%s",
                 "town": "Vejle", "totalSum": "100000.00"}""".formatted(fund[0], fund[1], title(project)));
        expect(201, created);
        acks.add(new Ack(project, "project", System.nanoTime()));
        long id = ((Number) json(created).get("id")).longValue();
        String grant = "api/v1/projects/" + id + "/grant";
        HttpResponse<String> decided = send(pulje, "POST", grant, """
                {"granted": "60000.00", "decisionDate": "%s"}""".formatted(TODAY), "If-Match", etag(expect(200, get(pulje, grant))));
        expect(200, decided);
        acks.add(new Ack(project, "grant", System.nanoTime()));
        String payments = "api/v1/projects/" + id + "/payments";
        HttpResponse<String> planned = send(pulje, "POST", payments, """
                {"plannedDate": "%s", "amount": "30000.00", "condition": "Ved projektstart"}""".formatted(TODAY),
                "If-Match", etag(expect(200, get(pulje, payments))));
        expect(201, planned);
        acks.add(new Ack(project, "payment", System.nanoTime()));
        return id;
    }

    private static String title(int project) {
        return "Backup under skrivning " + project;
    }

    /** A fund of the test's own in the instance (fund id, round id), administered by admin. */
    private static long[] backupFund(PuljeInstance pulje) throws SQLException {
        try (Connection db = pulje.connect()) {
            update(db, """
                    insert into fund (funder_id, name, short_name) select min(o.id), 'Backup-testens pulje', ?
                    from organisation o""", FUND);
            long fund = number(db, "select id from fund where short_name = ?", FUND);
            update(db, "insert into funding_round (fund_id, name, round_year) values (?, 'Backup 2026', 2026)", fund);
            long round = number(db, "select id from funding_round where fund_id = ?", fund);
            update(db, "insert into sub_pool (round_id, name, kind, target_share) values (?, 'Åben pulje', 'OPEN', 1.00)", round);
            update(db, """
                    insert into user_fund (user_id, fund_id, role) select id, ?, 'FUND_ADMIN' from user_account
                    where username = 'admin'""", fund);
            return new long[] {fund, round};
        }
    }

    private static List<Long> fundIds(PuljeInstance pulje) {
        Object answer = new Json().toType(expect(200, get(pulje, "api/v1/funds")).body(), Object.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> funds = answer instanceof List<?> list ? (List<Map<String, Object>>) list
                : (List<Map<String, Object>>) ((Map<String, Object>) answer).get("items");
        return funds.stream().map(f -> ((Number) f.get("id")).longValue()).toList();
    }

    // ---- the launcher's commands, as ./pulje runs them ----

    private record Command(int exit, String output) {
    }

    private static Command launcherCommand(String command, Path data, String... args) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        List<String> line = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dpulje.home=" + home, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", home.resolve("launcher/target/classes") + ":" + home.resolve("launcher/target/lib") + "/*",
                "dk.pulje.launcher." + command));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().keySet().removeIf(name -> name.startsWith("POSTGRESQL_") || name.startsWith("PULJE_"));
        builder.environment().put("PULJE_DATA", data.toString());
        Process process = builder.start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException(command + " did not end: " + output);
            }
            return new Command(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }

    // ---- HTTP and SQL ----

    private static HttpResponse<String> get(PuljeInstance pulje, String path) {
        return send(pulje, "GET", path, null);
    }

    private static HttpResponse<String> send(PuljeInstance pulje, String method, String path, String json, String... headers) {
        HttpRequest request = JsonRequests.of(pulje.url() + path, AUTHORIZATION, Duration.ofSeconds(60), method, json,
                headers);
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.uri() + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response;
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + response.uri()));
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return new Json().toType(response.body(), Json.MAP_TYPE);
    }

    private static void awaitAcks(ConcurrentLinkedQueue<Ack> acks, int count, AtomicReference<Throwable> failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acks.size() < count && failure.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertNull(failure.get(), () -> "a write failed: " + failure.get());
        assertTrue(acks.size() >= count, "the writers made " + acks.size() + " of " + count + " writes in time");
    }

    private static long number(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> lines(Connection db, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                lines.add(rows.getString(1));
            }
        }
        return lines;
    }

    private static void update(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
