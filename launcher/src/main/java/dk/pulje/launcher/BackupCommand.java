package dk.pulje.launcher;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./pulje backup [FILE]}: a consistent copy of Pulje's database while people work (ADR 0021).
 * <p>
 * Every table is read with COPY in ONE read-only REPEATABLE READ transaction: PostgreSQL gives that transaction one
 * snapshot, so the file holds exactly the transactions committed before it began (a grant with all its payments, or
 * neither), and it blocks no writer. The rows go into a ZIP file, one compressed entry per table in COPY text format,
 * with a header ({@link BackupHeader}) of schema version, checksums and sequence positions.
 * <p>
 * It finds the database of the Pulje in PULJE_DATA: the port in its {@code postmaster.pid}, the password in
 * {@code superuser-password}. When that Pulje is stopped, it starts the embedded PostgreSQL for the backup (holding the
 * folder's lock, so Pulje cannot start meanwhile) and stops it again. With POSTGRESQL_URL it backs up that database.
 */
public final class BackupCommand {

    /** What a backup wrote, for the command's last line and for tests. */
    record Result(Path file, String schemaVersion, int tables, long rows, long bytes, long millis) {
    }

    private BackupCommand() {
    }

    public static void main(String[] args) {
        try {
            if (args.length > 1 || args.length == 1 && args[0].startsWith("-")) {
                throw new LauncherException("Usage: ./pulje backup [FILE]");
            }
            Path file = args.length == 1 ? Path.of(args[0]) : Path.of("pulje-backup-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
            Result result = backup(System.getenv(), file.toAbsolutePath());
            System.out.printf("pulje: backup of schema version %s written to %s: %d tables, %d rows, %d kB in %.1f s%n",
                    result.schemaVersion(), result.file(), result.tables(), result.rows(), result.bytes() / 1024,
                    result.millis() / 1000.0);
        } catch (LauncherException e) {
            System.err.println("pulje: " + e.getMessage());
            System.exit(1);
        } catch (IOException | SQLException e) {
            System.err.println("pulje: the backup failed: " + e);
            System.exit(1);
        }
    }

    /** Backs up the database of the Pulje configured by {@code env} (PULJE_DATA, POSTGRESQL_URL …) into {@code file}. */
    static Result backup(Map<String, String> env, Path file) throws IOException, SQLException {
        String url = env.get("POSTGRESQL_URL");
        if (url != null && !url.isBlank()) {
            try (Connection connection = DriverManager.getConnection(url, env.getOrDefault("POSTGRESQL_USER", "pulje"),
                    env.getOrDefault("POSTGRESQL_PASSWORD", ""))) {
                return write(connection, file);
            }
        }
        Path home = Path.of(System.getProperty("pulje.home", ".")).toAbsolutePath();
        Path data = Path.of(env.getOrDefault("PULJE_DATA", home.resolve(".pulje").toString())).toAbsolutePath();
        return backupEmbedded(data, file);
    }

    /** Backs up the embedded database in {@code data}/postgres, running or not. */
    static Result backupEmbedded(Path data, Path file) throws IOException, SQLException {
        Path postgres = data.resolve("postgres");
        if (!Files.exists(postgres.resolve("pgdata").resolve("PG_VERSION"))) {
            throw new LauncherException("There is no Pulje database in " + postgres + " (PULJE_DATA=" + data + ").");
        }
        Integer port = PostmasterPid.runningPort(postgres.resolve("pgdata"));
        if (port != null) {
            try (Connection connection = connect(port, EmbeddedDatabase.storedPassword(postgres))) {
                return write(connection, file);
            }
        }
        // Stopped: start the database for the backup only, with the folder locked against ./pulje run meanwhile.
        try (InstanceLock lock = InstanceLock.acquire(data);
             EmbeddedDatabase database = EmbeddedDatabase.start(postgres, Ports.free(), EmbeddedDatabase.Durability.DURABLE);
             Connection connection = connect(database.port(), database.password())) {
            return write(connection, file);
        }
    }

    static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE,
                EmbeddedDatabase.USER, password);
    }

    /** The backup itself: one snapshot, every table, written to FILE.part and moved into place when complete. */
    static Result write(Connection connection, Path file) throws SQLException, IOException {
        long started = System.nanoTime();
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        if (Files.exists(file)) {
            throw new LauncherException(file + " exists already. Choose another file name, or move the old backup away.");
        }
        Path part = parent.resolve(file.getFileName() + ".part");
        Files.deleteIfExists(part); // left by a backup that was killed
        Secrets.ownerOnly(part); // a backup holds password hashes, second-factor secrets and personal data
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try {
            // The snapshot is taken at the first statement and holds for all that follow.
            String schemaVersion = DatabaseCatalog.schemaVersion(connection);
            List<DatabaseCatalog.Table> tables = DatabaseCatalog.tables(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, BackupHeader.TableEntry> entries = new LinkedHashMap<>();
            BackupHeader header;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (DatabaseCatalog.Table table : tables) {
                    BackupHeader.TableEntry pending = new BackupHeader.TableEntry(table.schema(), table.name(), table.columns(), "");
                    zip.putNextEntry(new ZipEntry(pending.entry()));
                    RowDigest digest = new RowDigest(zip);
                    copy.copyOut(table.copyOut(), digest);
                    zip.closeEntry();
                    entries.put(table.qualifiedName(), new BackupHeader.TableEntry(table.schema(), table.name(),
                            table.columns(), digest.checksum()));
                }
                Map<String, String> sequences = new LinkedHashMap<>();
                for (String sequence : DatabaseCatalog.sequences(connection)) {
                    sequences.put(sequence, DatabaseCatalog.sequenceState(connection, sequence));
                }
                header = new BackupHeader(BackupHeader.FORMAT, schemaVersion, Instant.now(),
                        postgresVersion(connection), entries, sequences);
                zip.putNextEntry(new ZipEntry(BackupHeader.ENTRY));
                header.write(zip);
                zip.closeEntry();
            }
            connection.commit();
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return new Result(file, schemaVersion, tables.size(), header.totalRows(), Files.size(file),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            Files.deleteIfExists(part);
            throw e;
        }
    }

    private static String postgresVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }

}
