package dk.pulje.it.support;

import dk.pulje.application.shared.Clocks;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A project of Randers Bibliotek (so that the demo user randers writes its reports) in a fund of its own that admin
 * administers, with a budget, co-financing, a milestone, a result goal, a grant and one report, written straight into
 * the test database like {@link WorkflowData}: the seed's funds stay as DemoDataIT, ScopingIT and PagesBrowserIT count
 * them. Budget: salaries 60.000 kr. and activities 30.000 kr. (2026); own cash 20.000 kr.; total 100.000 kr.
 */
public final class ReportData {

    /** The ids a test needs. */
    public record Fixture(long projectId, long reportId, long paymentId, String title) {
    }

    private ReportData() {
    }

    /**
     * A progress report (STATUS, due in a month) with a tranche of 40.000 kr. held until it is approved; granted 80.000 kr.,
     * nothing paid yet.
     */
    public static Fixture progressReport(String title) {
        return create(title, "STATUS", "ACTIVE", new BigDecimal("80000"), false);
    }

    /** A final report with accounts; granted {@code granted}, paid in full in advance, so no tranche waits for it. */
    public static Fixture finalReport(String title, BigDecimal granted) {
        return create(title, "FINAL", "FINAL_REPORT_DUE", granted, true);
    }

    /**
     * A progress report of a project that neither randers nor admin may see: owned by another library, in a fund that no
     * demo user administers (the forged ids of the access matrix).
     */
    public static Fixture foreignReport() {
        return create("Fremmed rapport", "STATUS", "ACTIVE", new BigDecimal("80000"), false, false);
    }

    /** Marks a report handed in today, as if its grantee had submitted it (for pages that review it). */
    public static void markSubmitted(long reportId) {
        try (Connection db = connect();
             PreparedStatement update = db.prepareStatement(
                     "update report_obligation set status = 'SUBMITTED', submitted_on = ?, version = version + 1 where id = ?")) {
            update.setObject(1, LocalDate.now(Clocks.DANISH_TIME));
            update.setLong(2, reportId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        return DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
    }

    private static Fixture create(String title, String reportType, String status, BigDecimal granted, boolean paidInFull) {
        return create(title, reportType, status, granted, paidInFull, true);
    }

    private static Fixture create(String title, String reportType, String status, BigDecimal granted, boolean paidInFull,
                                  boolean randersAndAdmin) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String fullTitle = title + " " + unique;
        try (Connection db = connect()) {
            long funder = insert(db, "insert into organisation (name, type) values (?, 'AGENCY') returning id",
                    "Rapportfonden " + unique);
            long fund = insert(db, "insert into fund (funder_id, name, short_name) values (?, ?, ?) returning id",
                    funder, "Rapportpuljen " + unique, "Rapport " + unique);
            if (randersAndAdmin) {
                try (PreparedStatement link = db.prepareStatement("""
                        insert into user_fund (user_id, fund_id, role)
                        select id, ?, 'FUND_ADMIN' from user_account where username = 'admin'""")) {
                    link.setLong(1, fund);
                    link.executeUpdate();
                }
            }
            long round = insert(db, """
                    insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
                    values (?, 'Runde 2026', 2026, 1000000, 'DKK') returning id""", fund);
            long owner = randersAndAdmin ? insert(db, "select id from organisation where name = 'Randers Bibliotek'")
                    : insert(db, "insert into organisation (name, type, town) values (?, 'LIBRARY', 'Tønder') returning id",
                    "Fremmed bibliotek " + unique);
            long project = insert(db, """
                    insert into project (fund_id, round_id, owner_id, title, project_type, status, start_date, end_date,
                                         town, total_amount, total_currency)
                    values (?, ?, ?, ?, 'DEVELOPMENT', ?, date '2026-01-01', date '2027-06-30', 'Randers', 100000, 'DKK')
                    returning id""", fund, round, owner, fullTitle, status);
            long grant = insert(db, """
                    insert into project_grant (project_id, applied_amount, applied_currency, granted_amount, granted_currency,
                                               decision_date, planned_total)
                    values (?, ?, 'DKK', ?, 'DKK', date '2026-01-15', ?) returning id""",
                    project, granted, granted, paidInFull ? granted : new BigDecimal("40000"));
            insert(db, """
                    insert into budget_line (project_id, category, budget_year, amount, currency, note)
                    values (?, 'SALARIES', 2026, 60000, 'DKK', 'Projektleder') returning id""", project);
            insert(db, """
                    insert into budget_line (project_id, category, budget_year, amount, currency, note)
                    values (?, 'ACTIVITIES', 2026, 30000, 'DKK', 'Workshops') returning id""", project);
            insert(db, """
                    insert into financing_line (project_id, kind, amount, currency, note)
                    values (?, 'OWN_CASH', 20000, 'DKK', 'Bibliotekets egne midler') returning id""", project);
            insert(db, """
                    insert into milestone (project_id, title, due_date, status)
                    values (?, 'Første workshop for borgere', date '2026-09-30', 'PLANNED') returning id""", project);
            insert(db, """
                    insert into result_goal (project_id, position, description, indicators)
                    values (?, 1, 'Borgerne bruger AI-værktøjer trygt', 'Antal deltagere; andel der føler sig trygge')
                    returning id""", project);
            LocalDate due = LocalDate.now(Clocks.DANISH_TIME).plusMonths(1);
            long report = insert(db, """
                    insert into report_obligation (project_id, report_type, due_date, status)
                    values (?, ?, ?, 'DUE') returning id""", project, reportType, due);
            long payment = paidInFull
                    ? insert(db, """
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount,
                                         paid_currency)
                    values (?, date '2026-02-01', ?, 'DKK', date '2026-02-01', ?, 'DKK') returning id""", grant, granted, granted)
                    : insert(db, """
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, release_condition, report_id)
                    values (?, ?, 40000, 'DKK', 'Når statusrapporten er godkendt', ?) returning id""",
                    grant, due.plusMonths(1), report);
            return new Fixture(project, report, payment, fullTitle);
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
