package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportAndMilestoneTest {

    private final Project project = new Project(
            new Fund(new Organisation("Slots- og Kulturstyrelsen", OrganisationType.AGENCY, null), "Udviklingspuljen", "UP"),
            null, "AI i borgernes hænder", ProjectType.DEVELOPMENT, ProjectStatus.ACTIVE);
    private final LocalDate due = LocalDate.of(2025, 12, 31);

    @Test
    void aDueReportPastItsDateIsOverdue() {
        ReportObligation report = project.requireReport(ReportType.FINAL, due);
        assertEquals(ReportStatus.DUE, report.statusOn(due));
        assertEquals(ReportStatus.OVERDUE, report.statusOn(due.plusDays(1)));
        report.submit(due.plusDays(3));
        assertEquals(ReportStatus.SUBMITTED, report.statusOn(due.plusDays(30)), "a submitted report is no longer overdue");
    }

    @Test
    void aReturnedReportCanBeSubmittedAgainAndThenApproved() {
        ReportObligation report = project.requireReport(ReportType.STATUS, due);
        assertEquals("report.notSubmitted", assertThrows(RuleViolation.class, () -> report.approve(due, null)).key());
        report.submit(due.minusDays(2));
        assertEquals("field.required", assertThrows(RuleViolation.class, () -> report.returnForChanges(due, " ")).key());
        report.returnForChanges(due, "Regnskabet mangler");
        assertEquals(ReportStatus.RETURNED, report.getStatus());
        assertEquals(ReportStatus.OVERDUE, report.statusOn(due.plusDays(1)), "returned and past due is overdue");
        report.submit(due.plusDays(5));
        assertEquals("report.decidedBeforeSubmitted", assertThrows(RuleViolation.class,
                () -> report.approve(due.plusDays(4), null)).key());
        report.approve(due.plusDays(10), "Fint");
        assertEquals(ReportStatus.APPROVED, report.getStatus());
        assertEquals("report.cannotSubmit", assertThrows(RuleViolation.class, () -> report.submit(due.plusDays(11))).key());
    }

    @Test
    void milestonesAreReachedPostponedOrCancelled() {
        Milestone launch = project.addMilestone("Første workshop", LocalDate.of(2024, 3, 1));
        launch.postpone(LocalDate.of(2024, 4, 1));
        assertEquals(MilestoneStatus.DELAYED, launch.getStatus());
        launch.reach(LocalDate.of(2024, 4, 2));
        assertEquals(MilestoneStatus.REACHED, launch.getStatus());
        assertEquals("milestone.closed", assertThrows(RuleViolation.class, () -> launch.postpone(LocalDate.of(2024, 5, 1))).key());
        Milestone cancelled = project.addMilestone("Konference", null);
        cancelled.cancel();
        assertEquals("milestone.cancelled", assertThrows(RuleViolation.class, () -> cancelled.reach(LocalDate.of(2024, 6, 1))).key());
    }
}
