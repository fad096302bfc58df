package dk.pulje.it.support;

import dk.pulje.domain.model.account.PasswordHasher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Users for tests that act from outside the server (browser, HTTP), written straight into the test database with the
 * build's test password for it. Each gets a fresh name, so the demo users stay as they are.
 */
public final class TestUsers {

    private TestUsers() {
    }

    public static String create(String prefix, String password, String role) {
        String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection connection = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into user_account (username, display_name, password_hash, password_changed_at, created_at)
                    values (?, ?, ?, ?, ?) returning id""")) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, username);
                insert.setString(2, "Test " + username);
                insert.setString(3, new PasswordHasher().hash(password.toCharArray()));
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                try (ResultSet key = insert.executeQuery()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            try (PreparedStatement grant = connection.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
                grant.setLong(1, id);
                grant.setString(2, role);
                grant.executeUpdate();
            }
            return username;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test user", e);
        }
    }
}
