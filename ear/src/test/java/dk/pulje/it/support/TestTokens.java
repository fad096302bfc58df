package dk.pulje.it.support;

import dk.pulje.domain.model.account.ApiTokenSecret;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * API tokens for tests that call the API from outside (issue 13): written straight into the test database for an
 * existing user, exactly as {@code ApiTokenService} stores them (only the secret's hash). Use the answer with
 * {@link TokenClient#bearer(String)} or as {@code Authorization: Bearer …}.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A read-and-write token of the user, without expiry. */
    public static String create(String username) {
        return create(username, false, null);
    }

    public static String readOnly(String username) {
        return create(username, true, null);
    }

    /** @param expiresAt null: no expiry; a past time makes an expired token */
    public static String create(String username, boolean readOnly, Instant expiresAt) {
        ApiTokenSecret secret = ApiTokenSecret.generate();
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into api_token (user_id, name, lookup_id, secret_hash, read_only, expires_at, created_at)
                     select id, ?, ?, ?, ?, ?, now() from user_account where username = ?""")) {
            insert.setString(1, "test token " + secret.lookup());
            insert.setString(2, secret.lookup());
            insert.setString(3, secret.hash());
            insert.setBoolean(4, readOnly);
            insert.setTimestamp(5, expiresAt == null ? null : Timestamp.from(expiresAt));
            insert.setString(6, username);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("No user " + username);
            }
            return secret.text();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test token", e);
        }
    }

    /** The token's id (the row with its public lookup part). */
    public static long id(String token) {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("select id from api_token where lookup_id = ?")) {
            query.setString(1, ApiTokenSecret.parse(token).orElseThrow().lookup());
            try (java.sql.ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No such token");
                }
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        return DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
    }
}
