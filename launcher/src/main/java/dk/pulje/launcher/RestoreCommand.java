package dk.pulje.launcher;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * {@code ./pulje restore FILE [--yes]}: puts a backup of {@link BackupCommand} into the data folder of a stopped Pulje
 * (PULJE_DATA), ADR 0021.
 * <p>
 * It refuses, before it changes anything, a file that is not a Pulje backup, a backup of a newer schema than this
 * build's migrations, and a folder whose Pulje (or PostgreSQL) runs. It asks before it replaces a database unless
 * {@code --yes} is given. Then, beside the old database (which stays until the end): a new database is made in
 * {@code PULJE_DATA/postgres.restoring} and migrated by Flyway to the backup's version, every table is loaded with COPY in one transaction (triggers and foreign-key checks off:
 * {@code session_replication_role = replica}, since the rows come complete and consistent from one snapshot, the
 * round summaries included), the sequences are set, and every table's checksum is compared with the header's. Only
 * when all of it succeeded is the new {@code pgdata} moved in place of the old one, which is then deleted; on any
 * failure the old one has not been touched.
 */
public final class RestoreCommand {

    /** Asks the person at the terminal; false means no. */
    interface Confirmation {
        boolean confirm(String question) throws IOException;
    }

    record Result(String schemaVersion, int tables, long rows, long millis) {
    }

    private RestoreCommand() {
    }

    /** Flyway's INFO lines (one per migration) would bury the command's own; kept here so the setting is not collected. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    public static void main(String[] args) {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        try {
            Path file = null;
            boolean yes = false;
            for (String arg : args) {
                if ("--yes".equals(arg) || "-y".equals(arg)) {
                    yes = true;
                } else if (file == null && !arg.startsWith("-")) {
                    file = Path.of(arg).toAbsolutePath();
                } else {
                    throw new LauncherException("Usage: ./pulje restore FILE [--yes]");
                }
            }
            if (file == null) {
                throw new LauncherException("Usage: ./pulje restore FILE [--yes]");
            }
            Map<String, String> env = System.getenv();
            String external = env.get("POSTGRESQL_URL");
            if (external != null && !external.isBlank()) {
                throw new LauncherException("POSTGRESQL_URL is set: ./pulje restore restores the embedded database only. "
                        + "For an external PostgreSQL use pg_dump/pg_restore (README, \"Backup and restore\").");
            }
            Path home = Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath();
            Path data = Path.of(env.getOrDefault("PULJE_DATA", home.resolve(".pulje").toString())).toAbsolutePath();
            System.out.println("pulje: restoring " + file + " into " + data + " …");
            Result result = restore(data, file, yes, RestoreCommand::askAtTerminal);
            System.out.printf("pulje: restored %s (schema version %s): %d tables, %d rows, checksums equal, in %.1f s.%n"
                    + "pulje: start it with ./pulje run%n", file, result.schemaVersion(), result.tables(), result.rows(),
                    result.millis() / 1000.0);
        } catch (LauncherException e) {
            System.err.println("pulje: " + e.getMessage());
            System.exit(1);
        } catch (IOException | SQLException e) {
            System.err.println("pulje: the restore failed, the data folder is as it was: " + e);
            System.exit(1);
        }
    }

    private static boolean askAtTerminal(String question) throws IOException {
        System.out.print(question + " [yes/no] ");
        System.out.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && List.of("yes", "ja", "y", "j").contains(answer.strip().toLowerCase());
    }

    /** Reads and checks a backup's header; refuses what is not a Pulje backup of a schema this build knows. */
    static BackupHeader check(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new LauncherException("No such file: " + file);
        }
        BackupHeader header;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(BackupHeader.ENTRY);
            if (entry == null) {
                throw notABackup(file);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                header = BackupHeader.read(in);
            }
            for (BackupHeader.TableEntry table : header.tables().values()) {
                if (zip.getEntry(table.entry()) == null) {
                    throw new LauncherException("This Pulje backup is damaged: it lacks " + table.entry() + ".");
                }
            }
        } catch (ZipException e) {
            throw notABackup(file);
        }
        MigrationVersion known = KnownMigrations.highest();
        if (MigrationVersion.fromVersion(header.schemaVersion()).compareTo(known) > 0) {
            throw new LauncherException("This backup comes from a newer Pulje: its schema is at version "
                    + header.schemaVersion() + ", this Pulje knows versions up to " + known.getVersion()
                    + ". Update Pulje first, then restore.");
        }
        return header;
    }

    private static LauncherException notABackup(Path file) {
        return new LauncherException(file + " is not a Pulje backup (made by ./pulje backup). Nothing was changed.");
    }

    /** Restores {@code file} into {@code data}/postgres. */
    static Result restore(Path data, Path file, boolean yes, Confirmation confirmation) throws IOException, SQLException {
        long started = System.nanoTime();
        BackupHeader header = check(file);
        Path postgres = data.resolve("postgres");
        Path pgdata = postgres.resolve("pgdata");
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(data);
        } catch (LauncherException | OverlappingFileLockException e) {
            throw new LauncherException("Pulje runs from " + data + ": stop it first with ./pulje stop, then restore.");
        }
        try (lock) {
            Long postmaster = PostmasterPid.runningPid(pgdata);
            if (postmaster != null) {
                throw new LauncherException("PostgreSQL still runs on " + pgdata + " (pid " + postmaster
                        + "): stop it first, then restore.");
            }
            boolean existing = Files.exists(pgdata.resolve("PG_VERSION"));
            if (existing && !yes && !confirmation.confirm("This replaces the database in " + pgdata
                    + " with the backup of " + header.createdAt() + " (schema version " + header.schemaVersion()
                    + ", " + header.totalRows() + " rows). Everything written since that backup is lost. Continue?")) {
                throw new LauncherException("Nothing was restored.");
            }
            Path aside = postgres.resolve("pgdata.before-restore");
            if (Files.exists(aside)) {
                throw new LauncherException(aside + " is left from an interrupted restore: keep it elsewhere or delete it, "
                        + "then restore again.");
            }
            // The new database is built beside the old one, which stays in place until the new one is complete and
            // checked: a restore that fails or is killed leaves the folder's database as it was (and the building
            // folder, which the next restore deletes).
            Path building = data.resolve("postgres.restoring");
            Folders.deleteTree(building);
            Files.createDirectories(building);
            if (Files.isDirectory(postgres.resolve("binaries"))) {
                Files.createSymbolicLink(building.resolve("binaries"), postgres.resolve("binaries")); // not unpacked twice
            }
            String password = Files.exists(postgres.resolve(EmbeddedDatabase.PASSWORD_FILE))
                    ? EmbeddedDatabase.storedPassword(postgres) : null;
            String newPassword;
            try (EmbeddedDatabase database = EmbeddedDatabase.start(building, Ports.free(),
                    EmbeddedDatabase.Durability.DURABLE, password)) {
                load(database, file, header);
                newPassword = database.password();
            } catch (IOException | SQLException | RuntimeException e) {
                Folders.deleteTree(building);
                throw e;
            }
            Files.createDirectories(postgres);
            if (password == null) {
                Secrets.write(postgres.resolve(EmbeddedDatabase.PASSWORD_FILE), newPassword);
            }
            if (Files.exists(pgdata)) {
                Files.move(pgdata, aside);
            }
            Files.move(building.resolve("pgdata"), pgdata);
            cleanUp(postgres, building, aside);
        }
        return new Result(header.schemaVersion(), header.tables().size(), header.totalRows(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * After the swap the restore has succeeded; what is left is tidying: the old database, and the building folder. Its
     * binaries are a link to the folder's own (deleted, not followed), or, in a new folder, unpacked there: kept for
     * ./pulje run, which would unpack them again otherwise. A failure here is reported, not counted as a failed restore.
     */
    private static void cleanUp(Path postgres, Path building, Path aside) {
        try {
            Folders.deleteTree(aside);
            Path binaries = building.resolve("binaries");
            if (Files.isSymbolicLink(binaries)) {
                Files.delete(binaries);
            } else if (Files.isDirectory(binaries) && !Files.exists(postgres.resolve("binaries"))) {
                Files.move(binaries, postgres.resolve("binaries"));
            }
            Folders.deleteTree(building);
        } catch (IOException e) {
            System.err.println("pulje: restored, but could not tidy up (" + e + "); delete " + building + " and " + aside
                    + " yourself.");
        }
    }

    private static void load(EmbeddedDatabase database, Path file, BackupHeader header) throws IOException, SQLException {
        Flyway.configure(RestoreCommand.class.getClassLoader())
                .dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                .locations("classpath:db/migration")
                .target(header.schemaVersion())
                .load()
                .migrate();
        try (Connection connection = BackupCommand.connect(database.port(), database.password());
             ZipFile zip = new ZipFile(file.toFile())) {
            List<DatabaseCatalog.Table> tables = DatabaseCatalog.tables(connection);
            Set<String> expected = new LinkedHashSet<>(header.tables().keySet());
            Set<String> present = tables.stream().map(DatabaseCatalog.Table::qualifiedName)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!expected.equals(present)) {
                throw new LauncherException("The backup's tables do not match schema version " + header.schemaVersion()
                        + " (backup only: " + minus(expected, present) + "; schema only: " + minus(present, expected) + ").");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local session_replication_role = replica");
                // The migrations may have written rows of their own (Flyway's history among them): the backup's replace them.
                statement.execute("truncate table " + tables.stream().map(DatabaseCatalog.Table::sql)
                        .collect(Collectors.joining(", ")));
            }
            for (BackupHeader.TableEntry table : header.tables().values()) {
                try (InputStream in = zip.getInputStream(zip.getEntry(table.entry()))) {
                    copy.copyIn(table.table().copyIn(), in, 1 << 16);
                }
            }
            for (Map.Entry<String, String> sequence : header.sequences().entrySet()) {
                DatabaseCatalog.setSequence(connection, sequence.getKey(), sequence.getValue());
            }
            verify(copy, header);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze"); // a fresh database has no statistics; the dashboards' plans need them
            }
        }
    }

    /** Every table read back from the database has the checksum the backup recorded when it was written. */
    private static void verify(CopyManager copy, BackupHeader header) throws SQLException, IOException {
        for (BackupHeader.TableEntry table : header.tables().values()) {
            RowDigest digest = RowDigest.counting();
            copy.copyOut(table.table().copyOut(), digest);
            if (!digest.checksum().equals(table.checksum())) {
                throw new LauncherException("The restored table " + table.schema() + "." + table.name()
                        + " differs from the backup (checksum " + digest.checksum() + ", backup " + table.checksum()
                        + "). Nothing was restored.");
            }
        }
    }

    private static String minus(Collection<String> a, Collection<String> b) {
        return a.stream().filter(x -> !b.contains(x)).collect(Collectors.joining(", "));
    }
}
