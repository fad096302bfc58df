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
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "pulje";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
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
        Files.createDirectories(folder);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (durability == Durability.DURABLE) {
            // zonky starts postgres with -F (fsync off) for tests; a later -c wins over it.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder
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
                .setRegisterShutdownHook(false)
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        try {
            database.createDatabaseIfMissing();
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("PostgreSQL started, but the " + DATABASE + " database could not be created", e);
        }
        return database;
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
