package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.grant.Grant;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.TestIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rejecting, withdrawing and closing a project: reasons kept, and closing only when nothing is missing. */
class ProjectWorkflowRulesTest {

    private static final Locale DA = new Locale("da");
    private static final LocalDate DECIDED = LocalDate.of(2024, 6, 28);

    private final Organisation agency = TestIds.withId(new Organisation("Slots- og Kulturstyrelsen", OrganisationType.AGENCY, null), 1L);
    private final Fund fund = TestIds.withId(new Fund(agency, "Udviklingspuljen", "UP"), 1L);
    private final FundingRound round = TestIds.withId(new FundingRound(fund, "Runde 2024", 2024, null), 1L);
    private Project project;
    private Grant grant;

    @BeforeEach
    void aProjectAwaitingItsFinalReport() {
        project = new Project(fund, round, "AI i borgernes hænder", ProjectType.DEVELOPMENT, ProjectStatus.FINAL_REPORT_DUE);
        project.budgetTotal(Money.dkk("600000"));
        grant = new Grant(project, null, Money.dkk("457000"));
        grant.decide(Money.dkk("457000"), DECIDED, "J-7", null);
    }

    @Test
    void aRejectionOrWithdrawalNeedsAReasonAndKeepsIt() {
        Project received = new Project(fund, round, "Ny ansøgning", ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW);
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> received.reject("  "));
        assertEquals("Begrundelsen for afslaget skal udfyldes.", noReason.messageIn(DA));
        assertEquals(ProjectStatus.UNDER_REVIEW, received.getStatus(), "nothing changed");
        assertNull(received.getStatusReason());
        received.reject(" Uden for puljens formål ");
        assertEquals(ProjectStatus.REJECTED, received.getStatus());
        assertEquals("Uden for puljens formål", received.getStatusReason());

        assertEquals("field.required", assertThrows(RuleViolation.class, () -> project.withdraw(null)).key());
        project.withdraw("Projektejeren har trukket ansøgningen");
        assertEquals(ProjectStatus.WITHDRAWN, project.getStatus());
        assertEquals("project.statusTransition", assertThrows(RuleViolation.class, () -> project.reject("for sent")).key());
    }

    @Test
    void closingNamesEveryMissingItem() {
        Payment first = grant.planPayment(LocalDate.of(2024, 7, 1), Money.dkk("300000"), null);
        grant.planPayment(LocalDate.of(2025, 12, 1), Money.dkk("157000"), "Efter godkendt slutrapport");
        grant.recordPayment(first, LocalDate.of(2024, 7, 2), Money.dkk("300000"));

        ClosingCheck check = project.closingCheck(grant);
        assertEquals(List.of("closing.noFinalReport", "closing.unpaidTranche", "closing.notSettled"),
                check.missing().stream().map(ClosingCheck.Missing::key).toList());
        assertEquals("Der er én planlagt rate på 157.000 kr., som ikke er udbetalt.", check.missing().get(1).messageIn(DA));
        assertEquals("Der er udbetalt 300.000 kr. af bevillingen på 457.000 kr.; 157.000 kr. mangler. "
                + "Udbetal resten, eller nedskriv bevillingen med et tillæg.", check.missing().get(2).messageIn(DA));

        ProjectNotClosable refused = assertThrows(ProjectNotClosable.class, () -> project.close(grant));
        assertTrue(refused.messageIn(DA).startsWith("Projektet kan ikke lukkes endnu. Der er ikke registreret nogen slutrapport."),
                refused.messageIn(DA));
        assertEquals(ProjectStatus.FINAL_REPORT_DUE, project.getStatus());

        ReportObligation report = project.requireReport(ReportType.FINAL, LocalDate.of(2026, 2, 1));
        assertEquals("closing.finalReportNotApproved", project.closingCheck(grant).missing().get(0).key());
        report.submit(LocalDate.of(2026, 1, 15));
        report.approve(LocalDate.of(2026, 1, 20), null);
        assertEquals(List.of("closing.unpaidTranche", "closing.notSettled"),
                project.closingCheck(grant).missing().stream().map(ClosingCheck.Missing::key).toList());
    }

    @Test
    void aProjectClosesWhenTheFinalReportIsApprovedAndTheGrantIsPaidInFull() {
        ReportObligation report = project.requireReport(ReportType.FINAL, LocalDate.of(2026, 2, 1));
        report.submit(LocalDate.of(2026, 1, 15));
        report.approve(LocalDate.of(2026, 1, 20), "Fin rapport");
        Payment only = grant.planPayment(LocalDate.of(2024, 7, 1), Money.dkk("400000"), null);
        grant.recordPayment(only, LocalDate.of(2024, 7, 2), Money.dkk("400000"));
        assertEquals(List.of("closing.notSettled"), project.closingCheck(grant).missing().stream().map(ClosingCheck.Missing::key).toList());

        // Less was spent: the grant is amended down to what was paid, and then the books balance.
        grant.amend(LocalDate.of(2026, 1, 25), "Mindreforbrug", Money.dkk("400000"), null, null);
        assertTrue(project.closingCheck(grant).satisfied());
        project.close(grant);
        assertEquals(ProjectStatus.CLOSED, project.getStatus());
    }

    @Test
    void aProjectWithoutADecidedGrantCannotBeClosed() {
        Project noGrant = new Project(fund, round, "Uden bevilling", ProjectType.DEVELOPMENT, ProjectStatus.FINAL_REPORT_DUE);
        assertTrue(noGrant.closingCheck(null).missing().stream().anyMatch(m -> m.key().equals("closing.grantUnknown")));
        Project active = new Project(fund, round, "Aktiv", ProjectType.DEVELOPMENT, ProjectStatus.ACTIVE);
        assertEquals("project.statusTransition", assertThrows(RuleViolation.class, () -> active.close(null)).key());
    }
}
