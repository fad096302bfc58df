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
        return create(prefix + "-" + Long.toString(System.nanoTime(), 36), password, java.util.Map.of(role, java.util.List.of()));
    }

    /**
     * A user with the given roles, each with the funds (by short name) given in that role; nothing if the username
     * exists already (the database lives for the whole test run).
     */
    public static String create(String username, String password, java.util.Map<String, java.util.List<String>> fundsByRole) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection connection = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from user_account where username = ?")) {
                exists.setString(1, username);
                if (exists.executeQuery().next()) {
                    return username;
                }
            }
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
            for (var entry : fundsByRole.entrySet()) {
                try (PreparedStatement grant = connection.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
                    grant.setLong(1, id);
                    grant.setString(2, entry.getKey());
                    grant.executeUpdate();
                }
                for (String fund : entry.getValue()) {
                    try (PreparedStatement link = connection.prepareStatement(
                            "insert into user_fund (user_id, fund_id, role) select ?, id, ? from fund where short_name = ?")) {
                        link.setLong(1, id);
                        link.setString(2, entry.getKey());
                        link.setString(3, fund);
                        if (link.executeUpdate() != 1) {
                            throw new IllegalStateException("No fund " + fund);
                        }
                    }
                }
            }
            return username;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test user", e);
        }
    }
}
