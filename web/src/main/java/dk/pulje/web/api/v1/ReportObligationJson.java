package dk.pulje.web.api.v1;

import dk.pulje.application.project.ProjectDetail.ReportView;
import dk.pulje.domain.model.project.ReportStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * A report the project owes the fund: its kind ({@code STATUS, MIDWAY, FINAL, ACCOUNTS}), due date and status as of
 * today ({@code OVERDUE} once the due date has passed unsubmitted). The fund's note is shown as on the project page:
 * to the fund's administrators, and to the applicant only when it says why a report was returned.
 */
public record ReportObligationJson(long id, long projectId, String type, LocalDate dueDate, String status,
                                   LocalDate submittedOn, LocalDate decidedOn, String note) {

    static ReportObligationJson of(long projectId, ReportView report, boolean administers, boolean applicant) {
        boolean showNote = administers || (applicant && report.status() == ReportStatus.RETURNED);
        return new ReportObligationJson(report.id(), projectId, report.type().name(), report.dueDate(),
                report.statusToday().name(), report.submittedOn(), report.decidedOn(), showNote ? report.note() : null);
    }

    static List<ReportObligationJson> all(long projectId, List<ReportView> reports,
                                                    boolean administers, boolean applicant) {
        return reports.stream().map(r -> of(projectId, r, administers, applicant)).toList();
    }
}
