package dk.pulje.launcher;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code ./pulje backup} and {@code ./pulje restore} on real embedded PostgreSQL databases (ADR 0021): every table's
 * rows come back equal (checked here with SQL of its own, not with the command's checksum), the sequences go on where
 * they were, a backup taken while writers commit is one snapshot, and the refusals leave the data folder as it was.
 */
class BackupRestoreTest {

    @TempDir
    Path temp;

    private final List<EmbeddedDatabase> started = new ArrayList<>();

    @AfterEach
    void stopDatabases() throws IOException {
        for (EmbeddedDatabase database : started) {
            database.close();
        }
    }

    @Test
    void aBackupRestoresEveryTableAndSequenceEqual() throws Exception {
        Path source = temp.resolve("source");
        EmbeddedDatabase database = portfolio(source, 300);
        try (Connection connection = connect(database)) {
            awkwardRows(connection);
        }
        Path file = temp.resolve("backups/pulje.zip");
        BackupCommand.Result backup = BackupCommand.backupEmbedded(source, file); // online: the database runs
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(temp.resolve("backups/pulje.zip.part")), "no half-written file is left");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "a backup holds password hashes and personal data: its owner's only");
        long written = Files.size(file);
        LauncherException again = org.junit.jupiter.api.Assertions.assertThrows(LauncherException.class,
                () -> BackupCommand.backupEmbedded(source, file));
        assertTrue(again.getMessage().contains("exists already"), again.getMessage());
        assertEquals(written, Files.size(file), "an existing backup is never overwritten");
        Map<String, String> before;
        Map<String, Long> sequencesBefore;
        String versionBefore;
        try (Connection connection = connect(database)) {
            before = tableChecksums(connection);
            sequencesBefore = sequences(connection);
            versionBefore = DatabaseCatalog.schemaVersion(connection);
        }
        assertEquals(versionBefore, backup.schemaVersion());
        assertEquals(KnownMigrations.highest().getVersion(), versionBefore, "the build knows the versions Flyway applied");
        assertTrue(before.size() > 40, "every table, Flyway's history and the audit tables too: " + before.keySet());

        Path target = temp.resolve("target");
        RestoreCommand.Result restored = RestoreCommand.restore(target, file, false,
                question -> fail("nothing to overwrite, nothing to ask: " + question));
        assertEquals(backup.rows(), restored.rows());
        assertFalse(Files.exists(target.resolve("postgres.restoring")), "nothing is left of the building folder");

        EmbeddedDatabase copy = start(target);
        try (Connection connection = connect(copy)) {
            assertEquals(before, tableChecksums(connection));
            assertEquals(sequencesBefore, sequences(connection));
            assertEquals(versionBefore, DatabaseCatalog.schemaVersion(connection));
            // Triggers are on again after the load: a new project still counts in its round's summary.
            long projects = scalar(connection, "select sum(projects) from round_summary");
            connection.createStatement().execute("""
                    insert into project (fund_id, round_id, owner_id, title, project_type, status, total_amount, total_currency)
                    select fund_id, id, (select min(id) from organisation), 'Efter gendannelsen', 'DEVELOPMENT', 'GRANTED', 1000, 'DKK'
                    from funding_round order by id limit 1""");
            assertEquals(projects + 1, scalar(connection, "select sum(projects) from round_summary"));
            assertTrue(scalar(connection, "select max(id) from project") > scalar(connection,
                    "select max(id) from project where title <> 'Efter gendannelsen'"), "ids go on above the restored ones");
        }
    }

    @Test
    void aBackupDuringWritesIsOneConsistentSnapshot() throws Exception {
        Path source = temp.resolve("busy");
        EmbeddedDatabase database = portfolio(source, 2000);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger commits = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        // Each transaction adds a project with its grant and two tranches, and moves money between two grants:
        // a copy read table by table at different moments would split them.
        Thread writer = new Thread(() -> {
            try (Connection connection = connect(database)) {
                connection.setAutoCommit(false);
                while (writing.get()) {
                    writeOne(connection);
                    connection.commit();
                    commits.incrementAndGet();
                }
            } catch (Exception e) {
                failure.set(e);
            }
        });
        writer.start();
        Path file = temp.resolve("busy.zip");
        int commitsBefore;
        int commitsAfter;
        try {
            while (commits.get() < 20) {
                Thread.sleep(10);
            }
            commitsBefore = commits.get();
            BackupCommand.backupEmbedded(source, file);
            commitsAfter = commits.get();
        } finally {
            writing.set(false);
            writer.join();
        }
        assertNull(failure.get(), () -> "the writer failed: " + failure.get());
        assertTrue(commitsAfter - commitsBefore >= 3, "writers committed while the backup ran: " + (commitsAfter - commitsBefore));

        Path target = temp.resolve("busy-restored");
        RestoreCommand.restore(target, file, true, question -> fail("--yes asks nothing"));
        EmbeddedDatabase copy = start(target);
        try (Connection connection = connect(copy)) {
            assertEquals(0, scalar(connection, """
                    select count(*) from project p where p.title like 'Skrevet under backup%'
                    and (not exists (select 1 from project_grant g where g.project_id = p.id)
                         or (select count(*) from payment t join project_grant g on g.id = t.grant_id where g.project_id = p.id) <> 2)"""),
                    "no project without its grant and both tranches");
            assertEquals(0, scalar(connection, "select count(*) from project_grant g where not exists (select 1 from project p where p.id = g.project_id)"));
            assertEquals(0, scalar(connection, """
                    select count(*) from (
                        select p.round_id, count(*) projects, coalesce(sum(g.granted_amount), 0) granted
                        from project p left join project_grant g on g.project_id = p.id group by p.round_id) fresh
                    full join (select round_id, projects, granted_sum granted from round_summary where projects <> 0) kept
                    using (round_id)
                    where fresh.projects is distinct from kept.projects or fresh.granted is distinct from kept.granted"""),
                    "the round summaries equal a fresh count");
            long restoredWrites = scalar(connection, "select count(*) from project where title like 'Skrevet under backup%'");
            assertTrue(restoredWrites >= commitsBefore && restoredWrites <= commitsAfter,
                    restoredWrites + " writes restored, between " + commitsBefore + " and " + commitsAfter);
        }
    }

    @Test
    void aStoppedPuljeIsBackedUpByStartingItsDatabaseForTheBackupOnly() throws Exception {
        Path source = temp.resolve("stopped");
        EmbeddedDatabase database = portfolio(source, 20);
        Map<String, String> before;
        try (Connection connection = connect(database)) {
            before = tableChecksums(connection);
        }
        database.close();
        started.remove(database);

        Path file = temp.resolve("stopped.zip");
        BackupCommand.backupEmbedded(source, file);
        assertNull(PostmasterPid.runningPid(source.resolve("postgres/pgdata")), "the database is stopped again");
        InstanceLock.acquire(source).close(); // and the folder is free for ./pulje run

        Path target = temp.resolve("stopped-restored");
        RestoreCommand.restore(target, file, true, question -> true);
        try (Connection connection = connect(start(target))) {
            assertEquals(before, tableChecksums(connection));
        }
    }

    @Test
    void aFileThatIsNotAPuljeBackupIsRefused() throws Exception {
        Path text = temp.resolve("notes.txt");
        Files.writeString(text, "not a backup\n");
        assertTrue(assertThrows(LauncherException.class, () -> RestoreCommand.restore(temp.resolve("x"), text, true, q -> true))
                .getMessage().contains("not a Pulje backup"));
        Path otherZip = temp.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("pulje-backup.properties"));
            zip.write("magic=something-else\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(assertThrows(LauncherException.class, () -> RestoreCommand.restore(temp.resolve("x"), otherZip, true, q -> true))
                .getMessage().contains("not a Pulje backup"));
        assertFalse(Files.exists(temp.resolve("x/postgres")), "nothing was made");
    }

    @Test
    void refusalsLeaveTheDataFolderAsItWas() throws Exception {
        Path source = temp.resolve("small");
        EmbeddedDatabase database = portfolio(source, 20);
        Path file = temp.resolve("small.zip");
        BackupCommand.backupEmbedded(source, file);

        // A running PostgreSQL on the folder.
        LauncherException running = assertThrows(LauncherException.class, () -> RestoreCommand.restore(source, file, true, q -> true));
        assertTrue(running.getMessage().contains("still runs"), running.getMessage());
        String marker;
        try (Connection connection = connect(database)) {
            connection.createStatement().execute("insert into theme (name) values ('Skrevet efter backuppen')");
            marker = tableChecksums(connection).get("public.theme");
        }
        database.close();
        started.remove(database);

        // A running Pulje (its launcher holds the folder's lock).
        try (InstanceLock lock = InstanceLock.acquire(source)) {
            LauncherException locked = assertThrows(LauncherException.class, () -> RestoreCommand.restore(source, file, true, q -> true));
            assertTrue(locked.getMessage().contains("stop it first"), locked.getMessage());
        }

        // A newer schema than this build knows.
        Path newer = temp.resolve("newer.zip");
        rewriteHeader(file, newer, "schema.version=" + KnownMigrations.highest().getVersion(), "schema.version=9999");
        LauncherException tooNew = assertThrows(LauncherException.class, () -> RestoreCommand.restore(source, newer, true, q -> true));
        assertTrue(tooNew.getMessage().contains("newer Pulje"), tooNew.getMessage());

        // The operator says no.
        AtomicInteger asked = new AtomicInteger();
        assertThrows(LauncherException.class, () -> RestoreCommand.restore(source, file, false, q -> {
            asked.incrementAndGet();
            return false;
        }));
        assertEquals(1, asked.get());

        // A damaged table: the checksum check refuses it and the old database comes back.
        Path damaged = temp.resolve("damaged.zip");
        rewriteEntry(file, damaged, "tables/public.theme.copy");
        assertThrows(LauncherException.class, () -> RestoreCommand.restore(source, damaged, true, q -> true));
        assertFalse(Files.exists(source.resolve("postgres/pgdata.before-restore")));
        assertFalse(Files.exists(source.resolve("postgres.restoring")), "the half-built database is gone");
        assertTrue(Files.isDirectory(source.resolve("postgres/binaries/")), "and the binaries it shared are not");

        EmbeddedDatabase again = start(source);
        try (Connection connection = connect(again)) {
            assertEquals(marker, tableChecksums(connection).get("public.theme"), "the database written after the backup is untouched");
        }
        again.close();
        started.remove(again);

        // And yes means yes: the row written after the backup is gone.
        RestoreCommand.restore(source, file, false, q -> true);
        EmbeddedDatabase restored = start(source);
        try (Connection connection = connect(restored)) {
            assertEquals(0, scalar(connection, "select count(*) from theme where name = 'Skrevet efter backuppen'"));
        }
    }

    // ---- helpers ----

    private EmbeddedDatabase portfolio(Path data, int projects) throws Exception {
        EmbeddedDatabase database = start(data);
        Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                .locations("classpath:db/migration").load().migrate();
        String script;
        try (InputStream in = Benchmark.class.getResourceAsStream("bench-seed.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(":projects", Integer.toString(projects));
        }
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String sql : script.split("\\n\\s*\\n")) {
                String body = sql.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!body.isEmpty()) {
                    statement.execute(body);
                }
            }
        }
        return database;
    }

    private EmbeddedDatabase start(Path data) throws IOException {
        EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), Ports.free(),
                EmbeddedDatabase.Durability.THROWAWAY);
        started.add(database);
        return database;
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return BackupCommand.connect(database.port(), database.password());
    }

    /** Text that COPY must escape (tab, newline, backslash, Danish letters) and bytes 0–255. */
    private static void awkwardRows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into organisation (name, type, town) values "
                    + "(E'Tab\\there, linje\\nto, skråstreg \\\\ og \"citat\" æøå ÆØÅ', 'NGO', null)");
            statement.execute("""
                    insert into report_obligation (project_id, report_type, due_date, status, note)
                    select min(id), 'STATUS', date '2026-03-01', 'DUE', E'\\\\N er ikke null\\r\\n' from project""");
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into report_attachment (report_id, kind, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by)
                select max(id), 'ATTACHMENT', 'bilag.bin', 'application/octet-stream', 256, repeat('a', 64), now(), 'admin'
                from report_obligation returning id""")) {
            long id;
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                id = key.getLong(1);
            }
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            try (PreparedStatement content = connection.prepareStatement(
                    "insert into report_attachment_content (attachment_id, content) values (?, ?)")) {
                content.setLong(1, id);
                content.setBytes(2, bytes);
                content.execute();
            }
        }
    }

    /** As the application writes: the project, then its grant, then the tranches, in separate statements. */
    private static void writeOne(Connection connection) throws SQLException {
        long project;
        try (Statement statement = connection.createStatement();
             ResultSet key = statement.executeQuery("""
                     insert into project (fund_id, round_id, owner_id, title, project_type, status, total_amount, total_currency)
                     select fund_id, id, (select min(id) from organisation), 'Skrevet under backup ' || clock_timestamp(),
                            'DEVELOPMENT', 'GRANTED', 10000, 'DKK'
                     from funding_round order by id limit 1 returning id""")) {
            key.next();
            project = key.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("insert into project_grant (project_id, sub_pool_id, granted_amount, granted_currency)"
                    + " select p.id, (select min(id) from sub_pool s where s.round_id = p.round_id), 6000, 'DKK'"
                    + " from project p where p.id = " + project);
            statement.execute("insert into payment (grant_id, planned_date, planned_amount, planned_currency)"
                    + " select g.id, date '2026-06-01' + t, 3000, 'DKK' from project_grant g, generate_series(0, 1) t"
                    + " where g.project_id = " + project);
        }
    }

    /** Per table: row count and an order-independent hash of the rows as PostgreSQL renders them. */
    private static Map<String, String> tableChecksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new TreeMap<>();
        for (DatabaseCatalog.Table table : DatabaseCatalog.tables(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*), coalesce(md5(string_agg(h, '' order by h)), '-') from (select md5(t::text) h from "
                         + table.sql() + " t) hashed")) {
                rows.next();
                checksums.put(table.qualifiedName(), rows.getLong(1) + ":" + rows.getString(2));
            }
        }
        return checksums;
    }

    private static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> values = new TreeMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select schemaname || '.' || sequencename, coalesce(last_value, -1) from pg_sequences")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }

    private static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long scalar(EmbeddedDatabase database, String sql) throws SQLException {
        try (Connection connection = connect(database)) {
            return scalar(connection, sql);
        }
    }

    private static void rewriteHeader(Path from, Path to, String find, String replace) throws IOException {
        copyZip(from, to, (name, bytes) -> name.equals(BackupHeader.ENTRY)
                ? new String(bytes, StandardCharsets.UTF_8).replace(find, replace).getBytes(StandardCharsets.UTF_8) : bytes);
    }

    /** Changes one row of a table's entry: the header's checksum no longer matches what is loaded. */
    private static void rewriteEntry(Path from, Path to, String entry) throws IOException {
        copyZip(from, to, (name, bytes) -> {
            if (!name.equals(entry)) {
                return bytes;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return text.replaceFirst("Benchtema", "Benchtemx").getBytes(StandardCharsets.UTF_8);
        });
    }

    private interface EntryChange {
        byte[] change(String name, byte[] bytes);
    }

    private static void copyZip(Path from, Path to, EntryChange change) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(change.change(entry.getName(), bytes));
                out.closeEntry();
            }
        }
    }
}
