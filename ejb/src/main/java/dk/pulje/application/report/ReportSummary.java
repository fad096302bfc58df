package dk.pulje.application.report;

import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of a project's reports in a list (the project page, the review screen's earlier reports).
 *
 * @param status       as it stands today: a saved draft is {@code DRAFT}, an open report past its date {@code OVERDUE}
 * @param decisionNote the administrator's remark when approving or returning it (shown to the grantee too)
 * @param editable     whether the caller may write in it now (the owner's applicant, while it is open)
 * @param reviewable   whether the caller may approve or return it now (the fund's administrator, once handed in)
 */
public record ReportSummary(long id, ReportType type, LocalDate dueDate, ReportStatus status, Instant draftSavedAt,
                            LocalDate submittedOn, LocalDate decidedOn, String decisionNote, boolean editable,
                            boolean reviewable) {
}
