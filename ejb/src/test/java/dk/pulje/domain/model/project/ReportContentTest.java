package dk.pulje.domain.model.project;

import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.TestIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the grantee writes in a report, and that nothing of it changes once the report is handed in. */
class ReportContentTest {

    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    private static final Instant SAVED = Instant.parse("2025-06-01T08:00:00Z");

    private final Project project = project("AI i borgernes hænder");
    private final BudgetLine salaries = TestIds.withId(project.addBudgetLine(BudgetCategory.SALARIES, 2025, Money.dkk("200000"), null), 11);
    private final FinancingLine own = TestIds.withId(project.addFinancing(FinancingKind.OWN_CASH, null, Money.dkk("50000"), null), 12);
    private final Milestone workshop = TestIds.withId(project.addMilestone("Første workshop", LocalDate.of(2025, 3, 1)), 13);
    private final ResultGoal goal = TestIds.withId(project.addGoal("Flere borgere bruger AI", "deltagere"), 14);

    private static Project project(String title) {
        return TestIds.withId(new Project(new Fund(new Organisation("Slots- og Kulturstyrelsen", OrganisationType.AGENCY, null),
                "Udviklingspuljen", "UP"), null, title, ProjectType.DEVELOPMENT, ProjectStatus.ACTIVE), 1);
    }

    @Test
    void aDraftIsWrittenOverSeveralSittingsAndShowsAsADraftUntilItIsOverdue() {
        ReportObligation report = project.requireReport(ReportType.STATUS, DUE);
        assertEquals(ReportStatus.DUE, report.statusOn(DUE), "nothing written yet");
        report.cover(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 5, 31));
        report.write(ReportSection.HAPPENED, "To workshops");
        report.spend(salaries, Money.dkk("80000"));
        report.realise(own, Money.dkk("20000"));
        report.state(workshop, MilestoneStatus.REACHED, "holdt 2. marts");
        report.measure(goal, "41 deltagere");
        report.saveDraft(SAVED);
        assertEquals(ReportStatus.DRAFT, report.statusOn(DUE), "a saved draft on its due day");
        assertEquals(ReportStatus.DUE, report.getStatus(), "the draft is derived, never stored");
        assertEquals(ReportStatus.OVERDUE, report.statusOn(DUE.plusDays(1)), "a draft past its date is overdue");

        // The second sitting changes and clears what was written.
        report.write(ReportSection.HAPPENED, "Tre workshops");
        report.write(ReportSection.DEVIATIONS, "   ");
        report.spend(salaries, Money.dkk("90000"));
        report.realise(own, null);
        report.state(workshop, null, null);
        report.measure(goal, " ");
        assertEquals("Tre workshops", report.section(ReportSection.HAPPENED).orElseThrow().getBody());
        assertTrue(report.section(ReportSection.DEVIATIONS).isEmpty(), "blank text is no section");
        assertEquals(Money.dkk("90000"), report.getSpending().get(0).getAmount());
        assertTrue(report.getCofinancing().isEmpty());
        assertTrue(report.getMilestones().isEmpty());
        assertTrue(report.getGoalValues().isEmpty());
    }

    @Test
    void aReportWritesOnlyItsOwnSectionsAndPartsOfItsOwnProject() {
        ReportObligation progress = project.requireReport(ReportType.STATUS, DUE);
        assertEquals("report.sectionNotInReport", assertThrows(RuleViolation.class,
                () -> progress.write(ReportSection.LASTING_EFFECT, "x")).key());
        assertEquals("report.sectionNotInReport", assertThrows(RuleViolation.class,
                () -> progress.write(ReportSection.SPENDING, "x")).key(), "review sections carry comments only");
        assertEquals("report.noAccounts", assertThrows(RuleViolation.class, () -> progress.sign("A", "B", true)).key());
        assertEquals("report.noAccounts", assertThrows(RuleViolation.class, () -> progress.attach(
                AttachmentKind.AUDITOR_STATEMENT, "r.pdf", "application/pdf", 1, "ab", SAVED, "randers")).key());
        assertEquals("report.periodOrder", assertThrows(RuleViolation.class,
                () -> progress.cover(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1))).key());

        Project other = project("Et andet projekt");
        TestIds.withId(other, 2);
        BudgetLine foreign = TestIds.withId(other.addBudgetLine(BudgetCategory.TRAVEL, 2025, Money.dkk("1000"), null), 21);
        Milestone foreignMilestone = TestIds.withId(other.addMilestone("Fremmed", null), 22);
        ResultGoal foreignGoal = TestIds.withId(other.addGoal("Fremmed mål", null), 23);
        FinancingLine foreignFinancing = TestIds.withId(other.addFinancing(FinancingKind.OWN_CASH, null, null, null), 24);
        for (Executable e : List.<Executable>of(() -> progress.spend(foreign, Money.dkk("1")),
                () -> progress.realise(foreignFinancing, Money.dkk("1")),
                () -> progress.state(foreignMilestone, MilestoneStatus.REACHED, null),
                () -> progress.measure(foreignGoal, "1"))) {
            assertEquals("report.partOfOtherProject", assertThrows(RuleViolation.class, e).key());
        }
    }

    @Test
    void onceHandedInEveryWriteIsRefusedUntilItIsReturned() {
        ReportObligation report = project.requireReport(ReportType.FINAL, DUE);
        ReportAttachment file = report.attach(AttachmentKind.ATTACHMENT, "bilag.pdf", "application/pdf", 10, "ab", SAVED, "randers");
        report.submit(DUE);
        List<Executable> writes = List.of(
                () -> report.cover(DUE, DUE),
                () -> report.write(ReportSection.RESULTS, "x"),
                () -> report.spend(salaries, Money.dkk("1")),
                () -> report.realise(own, Money.dkk("1")),
                () -> report.state(workshop, MilestoneStatus.REACHED, null),
                () -> report.measure(goal, "1"),
                () -> report.sign("A", "B", true),
                () -> report.attach(AttachmentKind.ATTACHMENT, "x.pdf", "application/pdf", 1, "ab", SAVED, "randers"),
                () -> report.detach(file),
                () -> report.saveDraft(SAVED));
        for (Executable write : writes) {
            assertEquals("report.locked", assertThrows(RuleViolation.class, write).key());
        }
        assertEquals("report.cannotSubmit", assertThrows(RuleViolation.class, () -> report.submit(DUE)).key());

        report.returnForChanges(DUE.plusDays(2), null, Map.of(ReportSection.RESULTS, "Beskriv resultaterne mere konkret",
                ReportSection.SPENDING, "Lønnen afviger fra budgettet"));
        assertEquals(ReportStatus.RETURNED, report.statusOn(DUE), "returned, not a draft");
        assertEquals("Beskriv resultaterne mere konkret", report.section(ReportSection.RESULTS).orElseThrow().getReviewComment());
        report.write(ReportSection.RESULTS, "40 borgere har lært at bruge en sprogmodel");
        report.submit(DUE.plusDays(3));
        ReportSectionText spendingComment = report.section(ReportSection.SPENDING).orElseThrow();
        report.returnForChanges(DUE.plusDays(3), null, Map.of(ReportSection.SPENDING, "Stadig: lønnen"));
        assertTrue(spendingComment == report.section(ReportSection.SPENDING).orElseThrow(),
                "commented again: the same row (a new one would collide with the old in the database)");
        assertEquals("Stadig: lønnen", spendingComment.getReviewComment());
        assertTrue(report.section(ReportSection.RESULTS).orElseThrow().getReviewComment() == null);
        report.submit(DUE.plusDays(3));
        report.returnForChanges(DUE.plusDays(4), "Mangler stadig bilag", Map.of());
        assertNull(report.section(ReportSection.RESULTS).orElseThrow().getReviewComment(), "earlier comments are replaced");
        assertTrue(report.section(ReportSection.SPENDING).isEmpty(), "a comment-only section goes with its comment");
    }

    @Test
    void aReturnNeedsARemarkOrAtLeastOneCommentAndOnlyOnTheReportsOwnSections() {
        ReportObligation report = project.requireReport(ReportType.STATUS, DUE);
        report.submit(DUE);
        assertEquals("field.required", assertThrows(RuleViolation.class,
                () -> report.returnForChanges(DUE, " ", Map.of(ReportSection.HAPPENED, " "))).key());
        assertEquals("report.sectionNotInReport", assertThrows(RuleViolation.class,
                () -> report.returnForChanges(DUE, null, Map.of(ReportSection.ACCOUNTS, "x"))).key());
        assertEquals(ReportStatus.SUBMITTED, report.getStatus());
    }

    @Test
    void approvedAccountsRecordUnspentAndRepaymentOnlyOnReportsWithAccounts() {
        ReportObligation progress = project.requireReport(ReportType.STATUS, DUE);
        progress.submit(DUE);
        assertEquals("report.noAccounts", assertThrows(RuleViolation.class,
                () -> progress.approveAccounts(DUE, null, Money.dkk("1"), Money.dkk("0"))).key());
        ReportObligation finalReport = project.requireReport(ReportType.FINAL, DUE);
        finalReport.submit(DUE);
        assertThrows(RuleViolation.class, () -> finalReport.approveAccounts(DUE, null, Money.dkk("-1"), Money.dkk("0")));
        assertEquals(ReportStatus.SUBMITTED, finalReport.getStatus(), "a refused approval leaves it handed in");
        finalReport.approveAccounts(DUE, "Fint", Money.dkk("12500"), Money.dkk("2500"));
        assertEquals(ReportStatus.APPROVED, finalReport.statusOn(DUE.plusYears(1)));
        assertEquals(Money.dkk("12500"), finalReport.getUnspent());
        assertEquals(Money.dkk("2500"), finalReport.getRepayment());
    }

    @Test
    void theClosingCheckNamesAStartedFinalReportADraft() {
        ReportObligation finalReport = project.requireReport(ReportType.FINAL, DUE);
        finalReport.saveDraft(SAVED);
        ClosingCheck.Missing missing = project.closingCheck(null).missing().get(0);
        assertEquals("closing.finalReportNotApproved", missing.key());
        assertEquals(ReportStatus.DRAFT, missing.arguments().get(1));
        assertTrue(missing.messageIn(java.util.Locale.forLanguageTag("da")).endsWith("(status: kladde)."),
                missing.messageIn(java.util.Locale.forLanguageTag("da")));
    }

    @Test
    void sectionsFollowTheTypeOfReport() {
        assertEquals(List.of(ReportSection.HAPPENED, ReportSection.DEVIATIONS, ReportSection.NEXT_STEPS),
                ReportSection.narrativeOf(ReportType.STATUS));
        assertEquals(ReportSection.narrativeOf(ReportType.STATUS), ReportSection.narrativeOf(ReportType.MIDWAY));
        assertEquals(List.of(ReportSection.PROJECT_DATA, ReportSection.GOALS_MET, ReportSection.RESULTS,
                ReportSection.LASTING_EFFECT, ReportSection.GRANT_PROCESS, ReportSection.ACCOUNTS_STATEMENT),
                ReportSection.narrativeOf(ReportType.FINAL));
        assertEquals(List.of(ReportSection.ACCOUNTS_STATEMENT), ReportSection.narrativeOf(ReportType.ACCOUNTS));
        assertEquals(List.of(ReportSection.HAPPENED, ReportSection.DEVIATIONS, ReportSection.NEXT_STEPS,
                ReportSection.SPENDING, ReportSection.COFINANCING, ReportSection.MILESTONES, ReportSection.GOALS,
                ReportSection.ATTACHMENTS), ReportSection.of(ReportType.STATUS), "no accounts on a progress report");
        assertEquals(List.of(ReportSection.ACCOUNTS_STATEMENT, ReportSection.SPENDING, ReportSection.COFINANCING,
                ReportSection.MILESTONES, ReportSection.GOALS, ReportSection.ATTACHMENTS, ReportSection.ACCOUNTS),
                ReportSection.of(ReportType.ACCOUNTS));
        assertTrue(ReportSection.of(ReportType.FINAL).contains(ReportSection.ACCOUNTS));
    }
}
