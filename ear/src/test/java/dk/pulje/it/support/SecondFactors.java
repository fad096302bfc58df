package dk.pulje.it.support;

import dk.pulje.application.security.RecoveryCodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * A confirmed second factor written straight into the test database for a test user, as if the user had enrolled on
 * the account page (the browser test does that part for real): the given secret and recovery codes.
 */
public final class SecondFactors {

    /** A fixed secret for HTTP tests; 32 base32 characters like the ones Pulje makes. */
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    public static final List<String> RECOVERY_CODES = List.of("aaaa-bbbb-cccc-dddd", "eeee-ffff-gggg-hhhh");

    private SecondFactors() {
    }

    public static void enrol(String username) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection connection = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into user_second_factor (user_id, secret, created_at, confirmed_at)
                    select id, ?, ?, ? from user_account where username = ?""")) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, SECRET);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                insert.setString(4, username);
                if (insert.executeUpdate() != 1) {
                    throw new IllegalStateException("No user " + username);
                }
            }
            for (String code : RECOVERY_CODES) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        insert into user_recovery_code (user_id, code_hash)
                        select id, ? from user_account where username = ?""")) {
                    insert.setString(1, RecoveryCodes.hash(code));
                    insert.setString(2, username);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not enrol the test user", e);
        }
    }

    /** How many security events of this type and detail the user has. */
    public static int events(String username, String type, String detail) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection connection = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement count = connection.prepareStatement("""
                     select count(*) from security_event where username = ? and event_type = ?
                     and coalesce(detail, '') = coalesce(?, '')""")) {
            count.setString(1, username);
            count.setString(2, type);
            count.setString(3, detail);
            var rows = count.executeQuery();
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
