package dk.pulje.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from the binaries that zonky publishes on Maven Central: no root, no apt, no install.
 * Used by {@code ./pulje run} (data kept between runs) and by the integration tests (a fresh folder each build),
 * so that both talk to the same kind of database as production.
 * <p>
 * Nobody else on the machine gets in: it listens on loopback only, and every connection (TCP and Unix socket) needs
 * the superuser's password, checked with SCRAM-SHA-256 ({@code pg_hba.conf} written by Pulje, passed as
 * {@code hba_file}, so zonky's "trust" file is never used). The password is generated on first start and kept in
 * {@code <folder>/superuser-password}, readable by its owner only (0600); the launcher hands it to WildFly as
 * POSTGRESQL_PASSWORD. The integration tests give a fixed test password instead (ear/pom.xml).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "pulje";
    public static final String USER = "postgres";

    static final String PASSWORD_FILE = "superuser-password";
    static final String HBA_FILE = "pg_hba.conf";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Whether committed data must survive a crash of the machine. */
    public enum Durability {
        /** fsync and synchronous commit on: for ./pulje run, whose data people keep. */
        DURABLE,
        /** zonky's defaults (fsync off): for throw-away test databases, where speed matters more. */
        THROWAWAY
    }

    /**
     * Starts PostgreSQL on {@code port} with its data in {@code folder/pgdata} (created on first use, kept after)
     * and makes sure the {@value #DATABASE} database exists.
     */
    public static EmbeddedDatabase start(Path folder, int port, Durability durability) throws IOException {
        return start(folder, port, durability, null);
    }

    /**
     * As {@link #start(Path, int, Durability)}, with the given superuser password ({@code null}: the one kept in the
     * folder, generated on first start).
     */
    public static EmbeddedDatabase start(Path folder, int port, Durability durability, String givenPassword)
            throws IOException {
        Files.createDirectories(folder);
        Path passwordFile = folder.resolve(PASSWORD_FILE);
        boolean hadPassword = Files.exists(passwordFile);
        boolean fresh = !Files.exists(folder.resolve("pgdata").resolve("postgresql.conf"));
        String password = givenPassword != null ? givenPassword : hadPassword ? Secrets.read(passwordFile) : Secrets.generate();
        Secrets.write(passwordFile, password);
        if (!fresh && !hadPassword) {
            setPasswordOnOldData(folder, port, password);
        }
        Path hba = folder.resolve(HBA_FILE);
        Files.writeString(hba, """
                # Written by Pulje at every start: a password (SCRAM-SHA-256) for every connection, loopback only.
                local all all scram-sha-256
                host  all all 127.0.0.1/32 scram-sha-256
                host  all all ::1/128 scram-sha-256
                """);
        EmbeddedPostgres.Builder builder = builder(folder, port, durability);
        if (fresh) {
            builder.setLocaleConfig("pwfile", passwordFile.toString()); // initdb sets the superuser's password
        }
        EmbeddedPostgres postgres = builder
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password)
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
        try {
            database.createDatabaseIfMissing();
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("PostgreSQL started, but the " + DATABASE + " database could not be created", e);
        }
        return database;
    }

    /** Data from before passwords (zonky's trust): started once as it was, to set the password, then stopped. */
    private static void setPasswordOnOldData(Path folder, int port, String password) throws IOException {
        try (EmbeddedPostgres old = builder(folder, port, Durability.DURABLE).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             PreparedStatement statement = connection.prepareStatement("select set_config('pulje.pw', ?, false)")) {
            statement.setString(1, password);
            statement.execute();
            try (Statement alter = connection.createStatement()) {
                alter.execute("do $$ begin execute format('alter role postgres password %L', current_setting('pulje.pw')); end $$");
            }
        } catch (SQLException e) {
            throw new IOException("Could not give the existing database a password", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path folder, int port, Durability durability) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durability == Durability.DURABLE) {
            // zonky starts postgres with -F (fsync off) for tests; a later -c wins over it.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        return builder
                .setDataDirectory(folder.resolve("pgdata"))
                .setCleanDataDirectory(false)
                // The binaries are unpacked here instead of the user's temp folder, which may be cleaned or noexec.
                .setOverrideWorkingDirectory(folder.resolve("binaries").toFile())
                .setPort(port)
                .setServerConfig("listen_addresses", "localhost")
                // Unicode-aware lower()/upper() for æ, ø and å, the same on every machine (PostgreSQL's own provider).
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setRegisterShutdownHook(false);
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE);
            }
        }
    }

    /** The password kept in the folder of a database that is running (started by another process). */
    public static String storedPassword(Path folder) throws IOException {
        return Secrets.read(folder.resolve(PASSWORD_FILE));
    }

    /** The superuser's password, for WildFly's POSTGRESQL_PASSWORD. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
