package dk.pulje.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Projects for the browser tests of the workflow, written straight into the test database from outside the server:
 * each in a fresh fund that the demo user admin administers, with a round whose envelope the test chooses.
 */
public final class WorkflowData {

    private WorkflowData() {
    }

    /**
     * A project in the given status with an application (applied amount, undecided) in a new fund and round.
     *
     * @return the project's id
     */
    public static long project(String title, String status, BigDecimal envelope, BigDecimal total, BigDecimal applied) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        String unique = UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            long funder = insert(db, "insert into organisation (name, type) values (?, 'AGENCY') returning id",
                    "Browserfonden " + unique);
            long fund = insert(db, "insert into fund (funder_id, name, short_name) values (?, ?, ?) returning id",
                    funder, "Browserpuljen " + unique, "Browser " + unique);
            try (PreparedStatement link = db.prepareStatement("""
                    insert into user_fund (user_id, fund_id, role)
                    select id, ?, 'FUND_ADMIN' from user_account where username = 'admin'""")) {
                link.setLong(1, fund);
                link.executeUpdate();
            }
            long round = insert(db, """
                    insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
                    values (?, 'Runde 2026', 2026, ?, 'DKK') returning id""", fund, envelope);
            insert(db, "insert into sub_pool (round_id, name, kind) values (?, 'Åben pulje', 'OPEN') returning id", round);
            long owner = insert(db, "insert into organisation (name, type, town) values (?, 'LIBRARY', 'Odense') returning id",
                    "Browserbiblioteket " + unique);
            long project = insert(db, """
                    insert into project (fund_id, round_id, owner_id, title, project_type, status, start_date, end_date,
                                         town, total_amount, total_currency)
                    values (?, ?, ?, ?, 'DEVELOPMENT', ?, date '2026-01-01', date '2026-12-31', 'Odense', ?, 'DKK')
                    returning id""", fund, round, owner, title, status, total);
            insert(db, """
                    insert into project_grant (project_id, applied_amount, applied_currency) values (?, ?, 'DKK')
                    returning id""", project, applied);
            return project;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the project " + title, e);
        }
    }

    private static long insert(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
