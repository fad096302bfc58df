package dk.pulje.application.dashboard;

import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;

import java.time.LocalDate;

/** A report deadline on the timeline; overdue when still due or returned and its date has passed. */
public record TimelineDeadline(long reportId, long projectId, ReportType type, ReportStatus status, LocalDate dueDate,
                               boolean overdue) {
}
