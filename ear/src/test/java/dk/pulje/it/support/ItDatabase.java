package dk.pulje.it.support;

import dk.pulje.launcher.EmbeddedDatabase;
import dk.pulje.launcher.Folders;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Starts one real PostgreSQL for the whole test run, before Arquillian starts WildFly, on the port that the build
 * reserved ({@code pulje.it.db.port}) and passed to WildFly as POSTGRESQL_URL. Every run starts from an empty
 * database, so every run also proves that the migrations build the schema from nothing.
 * <p>
 * Inside the server (in-container tests) the system property is absent and this does nothing.
 */
public class ItDatabase implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ItDatabase.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        String port = System.getProperty("pulje.it.db.port");
        if (port == null) {
            return;
        }
        context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("database", key -> Running.start(Integer.parseInt(port)), Running.class);
    }

    /** Closed by JUnit when the run ends. */
    static final class Running implements AutoCloseable {

        private final EmbeddedDatabase database;

        private Running(EmbeddedDatabase database) {
            this.database = database;
        }

        static Running start(int port) {
            Path folder = Path.of(System.getProperty("pulje.it.db.dir", "target/it-postgres"));
            try {
                Folders.deleteTree(folder.resolve("pgdata"));
                // The build's test password (ear/pom.xml), which it also gives WildFly as POSTGRESQL_PASSWORD.
                return new Running(EmbeddedDatabase.start(folder, port, EmbeddedDatabase.Durability.THROWAWAY,
                        System.getProperty("pulje.it.db.password")));
            } catch (IOException e) {
                throw new IllegalStateException("Could not start the test PostgreSQL on port " + port, e);
            }
        }

        @Override
        public void close() throws IOException {
            database.close();
        }
    }
}
