package dk.pulje.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded PostgreSQL lets in only who has its generated password, over SCRAM, on loopback. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void onlyTheGeneratedPasswordGetsInAndItIsKeptForTheOwnerOnly() throws Exception {
        int port = Ports.free();
        String password;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, port, EmbeddedDatabase.Durability.THROWAWAY)) {
            password = database.password();
            assertTrue(password.length() >= 32, "a long generated password");
            Path file = folder.resolve(EmbeddedDatabase.PASSWORD_FILE);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals(password, EmbeddedDatabase.storedPassword(folder));

            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, password);
                 ResultSet rows = connection.createStatement().executeQuery(
                         "select setting from pg_settings where name = 'listen_addresses'")) {
                rows.next();
                assertEquals("localhost", rows.getString(1), "loopback only");
            }
            SQLException noPassword = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), new Properties() {{ setProperty("user", "postgres"); }}).close());
            assertTrue(noPassword.getMessage().contains("password"), noPassword.getMessage());
            SQLException wrong = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "postgres").close());
            assertEquals("28P01", wrong.getSQLState(), "password authentication failed");
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(folder, port, EmbeddedDatabase.Durability.THROWAWAY)) {
            assertEquals(password, again.password(), "the kept password is used at the next start");
            DriverManager.getConnection(again.jdbcUrl(), EmbeddedDatabase.USER, password).close();
        }
    }

    @Test
    void aDatabaseFromBeforePasswordsGetsOne() throws Exception {
        int port = Ports.free();
        // As the launcher made it before: zonky's trust, no password file.
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("pgdata")).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(folder.resolve("binaries").toFile()).setPort(port).start()) {
            old.getPostgresDatabase().getConnection().close();
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, port, EmbeddedDatabase.Durability.THROWAWAY)) {
            DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, database.password()).close();
            assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "").close());
            assertNotEquals("", database.password());
        }
    }
}
