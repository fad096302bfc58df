package dk.pulje.launcher;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The database that {@code ./pulje run} and {@code ./pulje cluster} hand to WildFly: the embedded PostgreSQL, started
 * here with its data kept in the data folder, or the external one that POSTGRESQL_URL names (then nothing is started
 * and nothing is stopped).
 */
final class ServerDatabase implements AutoCloseable {

    private final EmbeddedDatabase embedded;
    private final Map<String, String> environment;

    private ServerDatabase(EmbeddedDatabase embedded, Map<String, String> environment) {
        this.embedded = embedded;
        this.environment = Map.copyOf(environment);
    }

    static ServerDatabase open(LauncherConfig config) throws IOException {
        Map<String, String> environment = new HashMap<>();
        if (config.externalDb() == null) {
            Ports.requireFree(config.databasePort(), "PULJE_DB_PORT");
            System.out.println("pulje: Starting PostgreSQL (embedded) on port " + config.databasePort() + ", data in "
                    + config.data().resolve("postgres"));
            EmbeddedDatabase database = EmbeddedDatabase.start(config.data().resolve("postgres"), config.databasePort(),
                    EmbeddedDatabase.Durability.DURABLE);
            environment.put("POSTGRESQL_URL", database.jdbcUrl());
            environment.put("POSTGRESQL_USER", EmbeddedDatabase.USER);
            environment.put("POSTGRESQL_PASSWORD", database.password());
            return new ServerDatabase(database, environment);
        }
        System.out.println("pulje: Using the external PostgreSQL at " + config.externalDb().url());
        environment.put("POSTGRESQL_URL", config.externalDb().url());
        environment.put("POSTGRESQL_USER", config.externalDb().user());
        environment.put("POSTGRESQL_PASSWORD", config.externalDb().password());
        return new ServerDatabase(null, environment);
    }

    /** POSTGRESQL_URL, POSTGRESQL_USER and POSTGRESQL_PASSWORD for WildFly's data source; a copy to add to. */
    Map<String, String> environment() {
        return new HashMap<>(environment);
    }

    /** Whether closing stops a database that this launcher started. */
    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
