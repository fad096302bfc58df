package dk.pulje.application.reminder;

import java.time.LocalDate;

/**
 * An open deadline inside the reminder window, read in SQL.
 *
 * @param what       the report's type (ReportType's name) or the milestone's title
 * @param ownerId    the owning organisation, or null when it is not known
 */
public record DueDeadline(SubjectKind kind, long subjectId, LocalDate dueDate, String what, long projectId,
                          String projectTitle, Long ownerId) {
}
