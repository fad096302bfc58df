package dk.pulje.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A fund with a round that nobody administers or reads, written straight into the test database, for tests from outside
 * the server that forge its ids: every user must find nothing behind them. Created once per test run.
 */
public final class ForeignFund {

    public static final String FUNDER = "Adgangstestfonden";
    public static final String NAME = "Den fremmede pulje";
    public static final String ROUND = "Den fremmede runde";

    private ForeignFund() {
    }

    /** The ids of the fund and of its round: {fundId, roundId}. */
    public static long[] ensure() {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            update(db, "insert into organisation (name, type) select ?, 'AGENCY' where not exists (select 1 from organisation where name = ?)",
                    FUNDER, FUNDER);
            update(db, """
                    insert into fund (funder_id, name, short_name) select o.id, ?, ? from organisation o
                    where o.name = ? and not exists (select 1 from fund where name = ?)""", NAME, "Fremmedpuljen", FUNDER, NAME);
            long fund = id(db, "select id from fund where name = ?", NAME);
            update(db, """
                    insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
                    select ?, ?, 2027, 1000000, 'DKK' where not exists (select 1 from funding_round where name = ?)""",
                    fund, ROUND, ROUND);
            return new long[]{fund, id(db, "select id from funding_round where name = ?", ROUND)};
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the foreign fund", e);
        }
    }

    /** The id of a demo fund by short name. */
    public static long fundId(String shortName) {
        return single("select id from fund where short_name = ?", shortName);
    }

    /** The id of an organisation by name. */
    public static long organisationId(String name) {
        return single("select id from organisation where name = ?", name);
    }

    /** The id of a round by name. */
    public static long roundId(String name) {
        return single("select id from funding_round where name = ?", name);
    }

    /** The id of a project by its exact title (the seed's titles are unique; min(id) for tests' copies). */
    public static long projectId(String title) {
        return single("select min(id) from project where title = ?", title);
    }

    private static long single(String sql, Object argument) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            return id(db, sql, argument);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void update(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long id(Connection db, String sql, Object argument) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, argument);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Nothing for " + sql + " with " + argument);
                }
                return row.getLong(1);
            }
        }
    }
}
