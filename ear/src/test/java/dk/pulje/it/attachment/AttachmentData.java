package dk.pulje.it.attachment;

import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.SampleFiles;
import dk.pulje.it.support.TestUsers;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reports with attachments for tests from outside the server, written straight into the test database: a project of
 * Randers Bibliotek (so the demo user randers writes it) in a fresh fund that admin administers, with a partner
 * organisation of its own and an applicant of that partner; and a report in the fund nobody administers
 * ({@link ForeignFund}). Never in the seed's funds, whose figures other tests count.
 */
public final class AttachmentData {

    /** The file every fixture attachment holds, under a Danish name. */
    public static final String FILE_NAME = "Årsrapport for Ærø.pdf";

    public record Fixture(long projectId, long reportId, long attachmentId, String partnerUser) {
    }

    private AttachmentData() {
    }

    public static byte[] content() {
        return SampleFiles.pdf();
    }

    /** An open report (status DUE) with one PDF attachment. */
    public static Fixture randersReport(String title, String status) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = connect()) {
            long funder = insert(db, "insert into organisation (name, type) values (?, 'AGENCY') returning id", "Bilagsfonden " + unique);
            long fund = insert(db, "insert into fund (funder_id, name, short_name) values (?, ?, ?) returning id",
                    funder, "Bilagspuljen " + unique, "Bilag " + unique);
            try (PreparedStatement link = db.prepareStatement("""
                    insert into user_fund (user_id, fund_id, role)
                    select id, ?, 'FUND_ADMIN' from user_account where username = 'admin'""")) {
                link.setLong(1, fund);
                link.executeUpdate();
            }
            long randers = insert(db, "select id from organisation where name = ?", "Randers Bibliotek");
            long project = insert(db, """
                    insert into project (fund_id, owner_id, title, project_type, status, start_date, end_date, town,
                                         total_amount, total_currency)
                    values (?, ?, ?, 'DEVELOPMENT', 'GRANTED', date '2026-01-01', date '2026-12-31', 'Randers', 300000, 'DKK')
                    returning id""", fund, randers, title + " " + unique);
            long partner = insert(db, "insert into organisation (name, type, town) values (?, 'LIBRARY', 'Viborg') returning id",
                    "Bilagspartneren " + unique);
            insert(db, "insert into project_partner (project_id, organisation_id, role) values (?, ?, 'PARTICIPANT') returning id",
                    project, partner);
            String partnerUser = TestUsers.create("bilagspartner-" + unique, dk.pulje.it.support.as.DemoUser.PASSWORD,
                    Map.of("APPLICANT", List.of()));
            insert(db, """
                    insert into user_organisation (user_id, organisation_id)
                    select id, ? from user_account where username = ? returning user_id""", partner, partnerUser);
            long report = insert(db, """
                    insert into report_obligation (project_id, report_type, due_date, status)
                    values (?, 'STATUS', date '2026-09-30', ?) returning id""", project, status);
            long attachment = attachment(db, report, FILE_NAME, content());
            return new Fixture(project, report, attachment, partnerUser);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the report with attachments", e);
        }
    }

    /** {report id, attachment id} of a project in the fund nobody administers or reads. */
    public static long[] foreignReport() {
        long fund = ForeignFund.ensure()[0];
        try (Connection db = connect()) {
            long project = insert(db, """
                    insert into project (fund_id, title, project_type, status) values (?, ?, 'DEVELOPMENT', 'GRANTED')
                    returning id""", fund, "Fremmed projekt med bilag " + UUID.randomUUID().toString().substring(0, 8));
            long report = insert(db, """
                    insert into report_obligation (project_id, report_type, due_date, status)
                    values (?, 'STATUS', date '2026-09-30', 'DUE') returning id""", project);
            return new long[]{report, attachment(db, report, "Fremmed.pdf", content())};
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the foreign report", e);
        }
    }

    private static long attachment(Connection db, long report, String name, byte[] content) throws SQLException {
        long id = insert(db, """
                insert into report_attachment (report_id, kind, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by)
                values (?, 'ATTACHMENT', ?, 'application/pdf', ?, ?, now(), 'randers') returning id""",
                report, name, (long) content.length, sha256(content));
        insert(db, "insert into report_attachment_content (attachment_id, content) values (?, ?) returning attachment_id", id, content);
        return id;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        return DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
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
