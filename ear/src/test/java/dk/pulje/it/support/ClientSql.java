package dk.pulje.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Plain JDBC to the integration tests' database for fixtures that tests outside the server write once per run (a fund
 * of their own, its round and sub-pools), where no EntityManager is at hand.
 */
public final class ClientSql {

    private ClientSql() {
    }

    /** The test database as its superuser (the throw-away PostgreSQL of the integration tests). */
    public static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        return DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
    }

    public static int update(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = bind(db.prepareStatement(sql), arguments)) {
            return statement.executeUpdate();
        }
    }

    /** The first column of the first row, which must exist. */
    public static long id(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = bind(db.prepareStatement(sql), arguments);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return row.getLong(1);
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
        return statement;
    }
}
