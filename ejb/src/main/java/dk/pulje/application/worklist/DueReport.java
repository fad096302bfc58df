package dk.pulje.application.worklist;

import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;

import java.time.LocalDate;

/**
 * A report the grantee still owes (due, or returned for changes) whose date has passed or comes within the horizon,
 * with whom to ask: the owning organisation and the project's first contact person (by position, the order the project
 * lists its contacts in; null when the project has none). {@code status} is {@code DUE}, {@code DRAFT} (due, and the
 * grantee has saved a draft: still owed) or {@code RETURNED}; whether it is overdue is {@link #overdueOn}.
 */
public record DueReport(long reportId, long projectId, String projectTitle, ReportType type, ReportStatus status,
                        LocalDate dueDate, String ownerName, String fundName, String contactName, String contactRole,
                        String contactEmail, String contactPhone) {

    /** Its date has passed (as {@code ReportObligation.statusOn} says): due today is not yet overdue. */
    public boolean overdueOn(LocalDate today) {
        return dueDate.isBefore(today);
    }
}
