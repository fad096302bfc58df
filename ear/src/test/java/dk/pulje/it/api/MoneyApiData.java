package dk.pulje.it.api;

import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.WorkflowData;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project under review in a fund of its own (envelope 5 mio., total 1 mio., 600.000 kr. applied for), with its
 * own users: a fund administrator (the finance system's API user), regional staff of the fund, and an applicant of
 * the owner organisation. Written straight into the test database, as the other test data.
 */
record MoneyApiData(long projectId, String title, String fundShortName, String admin, String region, String applicant) {

    static MoneyApiData create(String what) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String title = what + " " + unique;
        long project = WorkflowData.project(title, "UNDER_REVIEW", new BigDecimal("5000000"), new BigDecimal("1000000"),
                new BigDecimal("600000"));
        String fund = single("select f.short_name from project p join fund f on f.id = p.fund_id where p.id = ?", project);
        String admin = TestUsers.create("okonomi-" + unique, MoneyApi.PASSWORD, Map.of("FUND_ADMIN", List.of(fund)));
        String region = TestUsers.create("region-" + unique, MoneyApi.PASSWORD, Map.of("REGIONAL_STAFF", List.of(fund)));
        String applicant = TestUsers.create("ansoger-" + unique, MoneyApi.PASSWORD, Map.of("APPLICANT", List.of()));
        update("""
                insert into user_organisation (user_id, organisation_id)
                select u.id, p.owner_id from user_account u, project p where u.username = ? and p.id = ?""", applicant, project);
        return new MoneyApiData(project, title, fund, admin, region, applicant);
    }

    private static Connection db() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        return DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
    }

    static String single(String sql, Object... arguments) {
        try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql, Object... arguments) {
        try (Connection db = db(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
