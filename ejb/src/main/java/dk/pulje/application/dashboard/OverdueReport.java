package dk.pulje.application.dashboard;

import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;

import java.time.LocalDate;

/**
 * An overdue report and whose it is: the project, its fund and round, the owner, the project's first contact (null
 * when the project names none), the report's type and due date, and how many days it is overdue today.
 */
public record OverdueReport(long reportId, long projectId, String projectTitle, String fundName, String roundName,
                            String ownerName, String contactName, String contactEmail, ReportType type,
                            ReportStatus status, LocalDate dueDate, long daysOverdue) {
}
