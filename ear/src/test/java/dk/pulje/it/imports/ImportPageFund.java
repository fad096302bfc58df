package dk.pulje.it.imports;

import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.as.DemoUser;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The fund the import page's browser tests import into, written straight into the test database: its own funder,
 * fund and clerk ("importclerk", administering only this fund), and a last round with the demo round's two sub-pools,
 * which a new round copies. Imports land here, so the demo funds (and the dashboards other tests read) stay as the
 * seed documents say, whatever order the test classes run in.
 */
public final class ImportPageFund {

    public static final String FUNDER = "Importsidens testfond";
    public static final String NAME = "Importsidens testpulje";
    public static final String SHORT_NAME = "Importtestpuljen";
    public static final String TEMPLATE_ROUND = "Importtestpuljen 2023";
    public static final String CLERK = "importclerk";

    private ImportPageFund() {
    }

    /** The fund's id; creates fund, template round and clerk once per test run. */
    public static long ensure() {
        try (Connection db = connect()) {
            update(db, "insert into organisation (name, type) select ?, 'AGENCY' where not exists (select 1 from organisation where name = ?)",
                    FUNDER, FUNDER);
            update(db, """
                    insert into fund (funder_id, name, short_name) select o.id, ?, ? from organisation o
                    where o.name = ? and not exists (select 1 from fund where name = ?)""", NAME, SHORT_NAME, FUNDER, NAME);
            long fund = id(db, "select id from fund where name = ?", NAME);
            update(db, """
                    insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
                    select ?, ?, 2023, 20000000, 'DKK' where not exists (select 1 from funding_round where name = ?)""",
                    fund, TEMPLATE_ROUND, TEMPLATE_ROUND);
            long round = id(db, "select id from funding_round where name = ?", TEMPLATE_ROUND);
            update(db, """
                    insert into sub_pool (round_id, name, kind, target_share) select ?, 'Temapulje', 'THEME', 0.80
                    where not exists (select 1 from sub_pool where round_id = ? and name = 'Temapulje')""", round, round);
            update(db, """
                    insert into sub_pool (round_id, name, kind, target_share) select ?, 'Åben pulje', 'OPEN', 0.20
                    where not exists (select 1 from sub_pool where round_id = ? and name = 'Åben pulje')""", round, round);
            TestUsers.create(CLERK, DemoUser.PASSWORD, Map.of("FUND_ADMIN", List.of(SHORT_NAME)));
            return fund;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the import page's fund", e);
        }
    }

    /** Projects of a round of any fund, by the round's exact name: how many, Σ total project sum, Σ granted. */
    public static RoundFigures figures(String roundName) {
        try (Connection db = connect();
             PreparedStatement query = db.prepareStatement("""
                     select count(p.id), coalesce(sum(p.total_amount), 0), coalesce(sum(g.granted_amount), 0)
                     from project p join funding_round r on r.id = p.round_id left join project_grant g on g.project_id = p.id
                     where r.name = ?""")) {
            query.setString(1, roundName);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new RoundFigures(row.getLong(1), row.getBigDecimal(2), row.getBigDecimal(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every project in the database: an import refused must leave this as it was. */
    public static long allProjects() {
        try (Connection db = connect()) {
            return id(db, "select count(*) from project");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A round's id by its exact name. */
    public static long roundId(String name) {
        try (Connection db = connect()) {
            return id(db, "select id from funding_round where name = ?", name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public record RoundFigures(long projects, BigDecimal total, BigDecimal granted) {
    }

    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        return DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
    }

    private static void update(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long id(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Nothing for " + sql);
                }
                return row.getLong(1);
            }
        }
    }
}
