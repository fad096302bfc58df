package dk.pulje.application.dashboard;

import dk.pulje.domain.model.project.ProjectStatus;

import java.time.LocalDate;

/**
 * A project on the timeline: its period (either end may be unknown), its next open report deadline (null when it
 * owes none) and how many of its reports are overdue.
 */
public record TimelineProject(long projectId, String title, String fundName, ProjectStatus status, LocalDate start,
                              LocalDate end, LocalDate nextReport, long overdueReports) {
}
