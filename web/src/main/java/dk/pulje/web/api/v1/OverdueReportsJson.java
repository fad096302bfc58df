package dk.pulje.web.api.v1;

import dk.pulje.application.dashboard.OverdueReport;
import dk.pulje.application.dashboard.OverdueReportPage;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/v1/reports/overdue}: a page of overdue reports, most overdue first, and how many there are. */
public record OverdueReportsJson(LocalDate today, long total, int first, int size, List<Row> reports) {

    /** An overdue report and whose it is; {@code contact} is the project's first contact (null if none). */
    public record Row(long reportId, long projectId, String project, String fund, String round, String owner,
                      String contact, String contactEmail, String type, String status, LocalDate dueDate,
                      long daysOverdue) {
    }

    static OverdueReportsJson of(OverdueReportPage page, int first, int size) {
        return new OverdueReportsJson(page.today(), page.total(), first, size,
                page.rows().stream().map(OverdueReportsJson::row).toList());
    }

    private static Row row(OverdueReport r) {
        return new Row(r.reportId(), r.projectId(), r.projectTitle(), r.fundName(), r.roundName(), r.ownerName(),
                r.contactName(), r.contactEmail(), r.type().name(), r.status().name(), r.dueDate(), r.daysOverdue());
    }
}
