package dk.pulje.launcher;

import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.shared.RuleViolation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./pulje create-admin} against a real PostgreSQL with Pulje's real schema. */
class CreateAdministratorTest {

    @TempDir
    static Path folder;

    private static EmbeddedDatabase database;

    @BeforeAll
    static void databaseWithSchema() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        database = EmbeddedDatabase.start(folder, port, EmbeddedDatabase.Durability.THROWAWAY);
        Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password()).locations("classpath:db/migration")
                .load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        database.close();
    }

    @Test
    void createsASystemAdministratorWithAHashedPassword() throws SQLException {
        try (Connection connection = connect()) {
            CreateAdministrator.create(connection, "Chefen", "Systemadministrator", "Første administrator i Pulje".toCharArray());
        }
        try (Connection connection = connect(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("""
                     select u.password_hash, r.role, (select count(*) from security_event e where e.username = u.username)
                     from user_account u join user_role r on r.user_id = u.id where u.username = 'chefen'""")) {
            assertTrue(row.next(), "the user exists, with its username in lower case");
            assertTrue(new PasswordHasher().verify("Første administrator i Pulje".toCharArray(), row.getString(1)));
            assertEquals("SYSTEM_ADMIN", row.getString(2));
            assertEquals(1, row.getLong(3), "the creation is in the security log");
            assertFalse(row.next());
        }
    }

    @Test
    void aWeakPasswordIsRefusedAndNothingIsWritten() throws SQLException {
        try (Connection connection = connect()) {
            RuleViolation e = assertThrows(RuleViolation.class,
                    () -> CreateAdministrator.create(connection, "svag", "Svag", "kort".toCharArray()));
            assertEquals("password.tooShort", e.key());
        }
        assertEquals(0, count("select count(*) from user_account where username = 'svag'"));
    }

    @Test
    void theSameUsernameTwiceIsRefused() throws SQLException {
        try (Connection connection = connect()) {
            CreateAdministrator.create(connection, "tobias", "T", "En god og lang adgangskode".toCharArray());
            assertThrows(LauncherException.class,
                    () -> CreateAdministrator.create(connection, "Tobias", "T", "En anden god adgangskode".toCharArray()));
        }
        assertEquals(1, count("select count(*) from user_account where username = 'tobias'"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement query = connection.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password());
    }
}
