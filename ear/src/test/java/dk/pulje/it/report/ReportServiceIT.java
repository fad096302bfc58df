package dk.pulje.it.report;

import dk.pulje.application.shared.Clocks;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.project.ProjectWorkflowService;
import dk.pulje.application.report.ReportService;
import dk.pulje.application.report.ReportSummary;
import dk.pulje.application.report.ReportView;
import dk.pulje.application.report.ReturnReport;
import dk.pulje.application.report.SaveReport;
import dk.pulje.application.report.SpendingAgainstBudget;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.application.worklist.DueReport;
import dk.pulje.application.worklist.ReportSort;
import dk.pulje.application.worklist.WorkListSearch;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.grant.AccountsTier;
import dk.pulje.domain.model.grant.Payment;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.AttachmentKind;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.MilestoneStatus;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportObligation;
import dk.pulje.domain.model.project.ReportSection;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports through ReportService on the real server (issue 10): Randers Bibliotek's applicant drafts over two sittings
 * and hands in; the fund's administrator returns with a comment per section or approves, which releases the tranche
 * waiting for the report; the accounts follow the grant's tier; unspent money and repayment; closing; conflicts; who
 * may do what, and forged ids; the audit trail and the history's sentences.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ReportServiceIT {

    private static final LocalDate DECIDED = LocalDate.of(2025, 2, 1);
    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ReportServiceIT.class, TestData.class, Statements.class);
    }

    @Inject
    ReportService reports;

    @Inject
    ProjectService projects;

    @Inject
    ProjectWorkflowService workflow;

    @Inject
    GrantService grants;

    @Inject
    OrganisationService organisations;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectDetailService details;

    @Inject
    ProjectHistoryService history;

    @Inject
    WorkListService workLists;

    @Inject
    UserAdminService users;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

    /** A project of Randers Bibliotek with Aalborg as partner, a budget, co-financing, a milestone, a goal and a grant. */
    record Fixture(long projectId, long grantId, long salaries, long materials, long ownCash, long milestone, long goal) {
    }

    // Drafting, handing in, returning, approving -------------------------------------------------------------------

    @Test
    void theGranteeDraftsOverTwoSittingsAndSeesWhatWasSaved() {
        Fixture f = fixture("To omgange", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));

        ReportView first = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertTrue(first.editable());
        assertFalse(first.reviewable());
        assertEquals(ReportStatus.DUE, first.status());
        assertEquals(List.of(ReportSection.HAPPENED, ReportSection.DEVIATIONS, ReportSection.NEXT_STEPS), first.narrativeSections());
        long saved = DemoUser.RANDERS.call0(() -> reports.saveDraft(new SaveReport(report, first.version(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                Map.of(ReportSection.HAPPENED, "To workshops med 41 borgere", ReportSection.NEXT_STEPS, "Sprogspor i efteråret"),
                Map.of(f.salaries(), Money.dkk("30000")), Map.of(f.ownCash(), Money.dkk("5000")),
                Map.of(f.milestone(), new SaveReport.MilestoneEntry(MilestoneStatus.REACHED, "Holdt 2. marts")),
                Map.of(f.goal(), "41 deltagere"), null)));
        assertTrue(saved > first.version());

        // The second sitting: everything is there, and the grantee changes and clears some of it.
        ReportView second = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals(ReportStatus.DRAFT, second.status());
        assertNotNull(second.draftSavedAt());
        assertEquals(LocalDate.of(2025, 6, 30), second.periodTo());
        assertEquals("To workshops med 41 borgere", second.texts().get(ReportSection.HAPPENED));
        assertEquals(Money.dkk("30000"), spending(second, f.salaries()).reported());
        assertNull(spending(second, f.materials()).reported());
        assertEquals(Money.dkk("5000"), second.cofinancing().get(0).realised());
        assertEquals(MilestoneStatus.REACHED, second.milestones().get(0).reportedStatus());
        assertEquals("41 deltagere", second.goals().get(0).value());
        Map<ReportSection, String> texts = new HashMap<>(second.texts());
        texts.put(ReportSection.NEXT_STEPS, "");
        texts.put(ReportSection.DEVIATIONS, "Ingen");
        DemoUser.RANDERS.call0(() -> reports.saveDraft(new SaveReport(report, second.version(), second.periodFrom(),
                second.periodTo(), texts, Map.of(f.salaries(), Money.dkk("32000"), f.materials(), Money.dkk("0")),
                Map.of(), Map.of(), Map.of(f.goal(), "43 deltagere"), null)));
        ReportView third = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals(Set.of(ReportSection.HAPPENED, ReportSection.DEVIATIONS), third.texts().keySet());
        assertEquals(Money.dkk("32000"), spending(third, f.salaries()).reported());
        assertEquals(Money.dkk("0"), spending(third, f.materials()).reported());
        assertNull(third.cofinancing().get(0).realised(), "left out of the map: cleared");
        assertNull(third.milestones().get(0).reportedStatus());

        // A draft is a status of its own on the project page and in the lists, and still owed on the work list.
        assertEquals(ReportStatus.DRAFT, details.detail(f.projectId()).orElseThrow().report(report).statusToday());
        ReportSummary summary = DemoUser.RANDERS.call0(() -> reports.reportsOf(f.projectId())).get(0);
        assertEquals(ReportStatus.DRAFT, summary.status());
        assertTrue(summary.editable());
        assertFalse(summary.reviewable());
        DueReport due = workLists.reports(WorkListSearch.firstPage(ReportSort.DUE_DATE, true, 10)
                .withText(title(f))).stream().filter(r -> r.reportId() == report).findFirst().orElseThrow();
        assertEquals(ReportStatus.DRAFT, due.status());
        assertFalse(reports.reportsOf(f.projectId()).get(0).editable(), "the administrator does not write it");
    }

    @Test
    void handedInItIsLockedByEveryRouteUntilReturnedWithCommentsThenCorrectedAndApprovedWhichReleasesTheTranche()
            throws Exception {
        Fixture f = fixture("Retur og godkendt", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
        long tranche = grants.planPayment(f.grantId(), grantVersion(f), null, Money.dkk("40000"), "Efter godkendt statusrapport", report);
        long grantVersionBefore = grantVersion(f);

        ReportView draft = DemoUser.RANDERS.call0(() -> reports.open(report));
        DemoUser.RANDERS.run(() -> reports.submit(save(report, draft.version(), f, "Første udgave", "66500", "18000")));
        ReportView handedIn = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals(ReportStatus.SUBMITTED, handedIn.status());
        assertEquals(LocalDate.now(Clocks.DANISH_TIME), handedIn.submittedOn());
        assertFalse(handedIn.editable());

        // Locked: saving, handing in again, and attaching straight through the domain are all refused.
        for (Executable write : List.<Executable>of(
                () -> DemoUser.RANDERS.run(() -> reports.saveDraft(save(report, handedIn.version(), f, "Ændret", "1", "1"))),
                () -> DemoUser.RANDERS.run(() -> reports.submit(save(report, handedIn.version(), f, "Ændret", "1", "1"))))) {
            assertEquals("report.locked", assertThrows(RuleViolation.class, write).key());
        }
        transaction.begin();
        try {
            ReportObligation locked = em.find(ReportObligation.class, report);
            assertEquals("report.locked", assertThrows(RuleViolation.class, () -> locked.attach(AttachmentKind.ATTACHMENT,
                    "efterfoelger.pdf", "application/pdf", 10, "00", Instant.now(), "randers")).key());
        } finally {
            transaction.rollback();
        }
        assertEquals("Første udgave", DemoUser.RANDERS.call0(() -> reports.open(report)).texts().get(ReportSection.HAPPENED));

        // The spending against the budget: the latest handed-in report, deviation beyond ±10 % flagged.
        SpendingAgainstBudget budget = DemoUser.RANDERS.call0(() -> reports.spendingAgainstBudget(f.projectId()));
        assertEquals(Long.valueOf(report), budget.reportId());
        SpendingAgainstBudget.Line salaries = line(budget, f.salaries());
        assertEquals(new BigDecimal("10.8"), salaries.deviationPercent(), "(66.500 − 60.000) / 60.000 = 10,8 %");
        assertTrue(salaries.flagged());
        SpendingAgainstBudget.Line materials = line(budget, f.materials());
        assertEquals(new BigDecimal("-10.0"), materials.deviationPercent(), "(18.000 − 20.000) / 20.000 = −10 %");
        assertFalse(materials.flagged(), "exactly 10 % is within the threshold");
        assertEquals(Money.dkk("80000"), budget.budgeted());
        assertEquals(Money.dkk("84500"), budget.reported());

        // Returned with a comment per section; the grantee sees them beside the sections.
        ReportView toReview = reports.open(report);
        assertTrue(toReview.reviewable());
        reports.returnReport(new ReturnReport(report, toReview.version(), "Se kommentarerne",
                Map.of(ReportSection.HAPPENED, "Hvor mange deltog i alt?", ReportSection.SPENDING, "Lønnen er over budget: hvorfor?")));
        ReportView returned = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals(ReportStatus.RETURNED, returned.status());
        assertTrue(returned.editable());
        assertEquals(Map.of(ReportSection.HAPPENED, "Hvor mange deltog i alt?", ReportSection.SPENDING,
                "Lønnen er over budget: hvorfor?"), returned.comments());
        assertEquals("Se kommentarerne", returned.decisionNote());
        assertTrue(payment(f, tranche).getReleasedOn() == null, "a returned report releases nothing");

        // Corrected and handed in again; approved: the tranche is released and the grant counts it as a change.
        DemoUser.RANDERS.run(() -> reports.submit(save(report, returned.version(), f, "41 borgere i alt", "66500", "18000")));
        reports.approve(report, reports.open(report).version(), "Fint");
        ReportView approved = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals(ReportStatus.APPROVED, approved.status());
        assertEquals(LocalDate.now(Clocks.DANISH_TIME), approved.decidedOn());
        assertEquals(Map.of(), approved.comments(), "comments belonged to the version handed in before");
        assertEquals(LocalDate.now(Clocks.DANISH_TIME), payment(f, tranche).getReleasedOn());
        assertTrue(grantVersion(f) > grantVersionBefore);
        assertEquals("report.notSubmitted", assertThrows(RuleViolation.class,
                () -> reports.approve(report, approved.version(), null)).key());

        // The history tells it in sentences; the audit trail holds every change with the caller's user.
        List<ProjectChange> events = history.history(f.projectId()).stream()
                .filter(c -> "report".equals(c.area()) && c.event() != null).toList();
        assertEquals(List.of("godkendt", "indsendt", "sendt retur med kommentarer til Hvad er der sket; Forbrug pr. budgetpost",
                "indsendt"), events.stream().map(c -> c.event().textIn(DANISH)).toList());
        assertEquals("returned with comments on What happened; Spending per budget line",
                events.get(2).event().textIn(Locale.ENGLISH));
        assertEquals("admin", events.get(0).changedBy());
        assertEquals("randers", events.get(1).changedBy());
        for (String table : List.of("report_section_aud", "report_spending_aud", "report_cofinancing_aud",
                "report_milestone_aud", "report_goal_value_aud", "report_obligation_aud")) {
            assertTrue(auditedBy(table, report, "randers") > 0, table + " holds the grantee's changes");
        }
        assertTrue(auditedBy("report_section_aud", report, "admin") > 0, "the comments, by the administrator");
        assertTrue(auditedBy("report_obligation_aud", report, "admin") >= 2, "returned and approved, by the administrator");
    }

    @Test
    void aStaleVersionNamesWhoChangedTheReportAndWhenAndSavesNothing() {
        Fixture f = fixture("Samtidig", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
        long seen = DemoUser.RANDERS.call0(() -> reports.open(report)).version();
        DemoUser.RANDERS.run(() -> reports.saveDraft(save(report, seen, f, "Første fane", "1000", "0")));
        ConcurrentChange conflict = assertThrows(ConcurrentChange.class,
                () -> DemoUser.RANDERS.run(() -> reports.saveDraft(save(report, seen, f, "Anden fane", "2000", "0"))));
        assertEquals("randers", conflict.changedBy());
        assertNotNull(conflict.changedAt());
        ReportView now = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals("Første fane", now.texts().get(ReportSection.HAPPENED));
        assertEquals(Money.dkk("1000"), spending(now, f.salaries()).reported());

    }

    // The accounts tier ----------------------------------------------------------------------------------------------

    @Test
    void eachTierAsksForItsOwnAccountsAndRefusesWithEveryGap() throws Exception {
        tier(Money.dkk("80000"), AccountsTier.DECLARATION, List.of("accounts.gap.lines", "accounts.gap.signer",
                "accounts.gap.declaration"), new SaveReport.Signature("Loke Andersen", null, true), false);
        tier(Money.dkk("300000"), AccountsTier.ACCOUNTS_AND_STATEMENT, List.of("accounts.gap.lines", "accounts.gap.signer",
                "accounts.gap.statement", "accounts.gap.qualification"),
                new SaveReport.Signature("Mette Holm", "økonomichef", false), false);
        tier(Money.dkk("900000"), AccountsTier.AUDITED, List.of("accounts.gap.lines", "accounts.gap.signer",
                "accounts.gap.auditorStatement"), new SaveReport.Signature("Tal & Co. Statsautoriseret Revisionspartnerselskab",
                null, false), true);
    }

    private void tier(Money granted, AccountsTier tier, List<String> gaps, SaveReport.Signature signature,
                      boolean auditorStatement) throws Exception {
        Fixture f = fixture("Regnskab " + tier, granted, Money.dkk("60000"), Money.dkk("20000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.FINAL, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
        ReportView empty = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals(tier, empty.accounts().tier());
        assertEquals(ReportSection.narrativeOf(ReportType.FINAL), empty.narrativeSections());

        RuleViolation refused = assertThrows(RuleViolation.class, () -> DemoUser.RANDERS.run(() -> reports.submit(
                new SaveReport(report, empty.version(), null, null, Map.of(ReportSection.RESULTS, "Resultater"),
                        Map.of(f.salaries(), Money.dkk("60000")), Map.of(), Map.of(), Map.of(), null))));
        assertEquals("accounts.incomplete", refused.key());
        List<?> named = (List<?>) refused.arguments()[0];
        assertEquals(gaps, named.stream().map(k -> ((MessageKey) k).key()).toList(), "every gap at once");
        assertTrue(refused.messageIn(DANISH).startsWith("Regnskabet kan ikke indsendes endnu: "), refused.messageIn(DANISH));
        ReportView unchanged = DemoUser.RANDERS.call0(() -> reports.open(report));
        assertEquals(empty.version(), unchanged.version(), "refused: nothing of the form was saved either");
        assertTrue(unchanged.texts().isEmpty());

        if (auditorStatement) {
            transaction.begin();
            em.find(ReportObligation.class, report).attach(AttachmentKind.AUDITOR_STATEMENT, "revisorerklaering.pdf",
                    "application/pdf", 48213, "9f".repeat(32), Instant.now(), "randers");
            transaction.commit();
        }
        long version = DemoUser.RANDERS.call0(() -> reports.open(report)).version();
        Map<ReportSection, String> texts = tier == AccountsTier.ACCOUNTS_AND_STATEMENT
                ? Map.of(ReportSection.RESULTS, "Resultater", ReportSection.ACCOUNTS_STATEMENT, "Midlerne er brugt som budgetteret.")
                : Map.of(ReportSection.RESULTS, "Resultater");
        DemoUser.RANDERS.run(() -> reports.submit(new SaveReport(report, version, null, null, texts,
                Map.of(f.salaries(), Money.dkk("60000"), f.materials(), Money.dkk("20000")), Map.of(), Map.of(), Map.of(),
                signature)));
        ReportView accepted = reports.open(report);
        assertEquals(ReportStatus.SUBMITTED, accepted.status());
        assertEquals(tier, accepted.accounts().tier());
        assertEquals(auditorStatement, accepted.accounts().auditorStatementAttached());
    }

    // Unspent money, repayment, closing ------------------------------------------------------------------------------

    /**
     * Granted 300.000 kr.; the accounts show 310.000 kr. spent, of which 40.000 kr. came from the co-financing: the
     * grant paid for 270.000 kr., so 30.000 kr. of it is unspent. With 200.000 kr. paid, nothing is to be paid back
     * (70.000 kr. are still owed); once all 300.000 kr. are paid, 30.000 kr. are. Approval records the figures.
     */
    @Test
    void unspentMoneyAndRepaymentAreComputedLiveAndRecordedOnApprovalAndThenTheProjectMayClose() {
        Fixture f = fixture("Ubrugte midler", Money.dkk("300000"), Money.dkk("250000"), Money.dkk("100000"));
        long first = grants.planPayment(f.grantId(), grantVersion(f), LocalDate.of(2025, 3, 1), Money.dkk("200000"), null);
        grants.recordPayment(f.grantId(), grantVersion(f), first, LocalDate.of(2025, 3, 3), Money.dkk("200000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.FINAL, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
        ReportView empty = DemoUser.RANDERS.call0(() -> reports.open(report));
        DemoUser.RANDERS.run(() -> reports.submit(new SaveReport(report, empty.version(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2026, 12, 31), Map.of(ReportSection.GOALS_MET, "Ja", ReportSection.ACCOUNTS_STATEMENT,
                "Lønnen blev lavere end ventet."),
                Map.of(f.salaries(), Money.dkk("240000"), f.materials(), Money.dkk("70000")),
                Map.of(f.ownCash(), Money.dkk("40000")), Map.of(), Map.of(),
                new SaveReport.Signature("Mette Holm", "økonomichef", false))));

        ReportView.Accounts live = reports.open(report).accounts();
        assertEquals(Money.dkk("300000"), live.granted());
        assertEquals(Money.dkk("200000"), live.paid());
        assertEquals(Money.dkk("310000"), live.spent());
        assertEquals(Money.dkk("40000"), live.cofinancingRealised());
        assertEquals(Money.dkk("30000"), live.unspent(), "300.000 − (310.000 − 40.000)");
        assertEquals(Money.dkk("0"), live.repayment(), "200.000 paid < 270.000 used: nothing to pay back");

        long rest = grants.planPayment(f.grantId(), grantVersion(f), LocalDate.of(2026, 1, 5), Money.dkk("100000"), null);
        grants.recordPayment(f.grantId(), grantVersion(f), rest, LocalDate.of(2026, 1, 6), Money.dkk("100000"));
        ReportView.Accounts paidInFull = reports.open(report).accounts();
        assertEquals(Money.dkk("30000"), paidInFull.repayment(), "300.000 paid − 270.000 used");

        projects.moveTo(f.projectId(), version(f), ProjectStatus.ACTIVE);
        projects.moveTo(f.projectId(), version(f), ProjectStatus.FINAL_REPORT_DUE);
        assertEquals(List.of("closing.finalReportNotApproved"), missing(f));
        reports.approve(report, reports.open(report).version(), "Regnskabet godkendt");
        ReportObligation recorded = em.find(ReportObligation.class, report);
        assertEquals(Money.dkk("30000"), recorded.getUnspent());
        assertEquals(Money.dkk("30000"), recorded.getRepayment());
        assertEquals(AccountsTier.ACCOUNTS_AND_STATEMENT, recorded.getAccountsTier());
        assertEquals("godkendt med regnskabet (ubrugte midler 30.000 kr., tilbagebetaling 30.000 kr.)",
                history.history(f.projectId()).stream().filter(c -> c.event() != null).findFirst().orElseThrow()
                        .event().textIn(DANISH));

        assertEquals(List.of(), missing(f), "the final report approved and the grant paid: nothing stands in the way");
        workflow.close(f.projectId(), version(f));
        assertEquals(ProjectStatus.CLOSED, details.detail(f.projectId()).orElseThrow().status());
    }

    @Test
    void theAdministratorStillRecordsAReportReceivedOutsidePulje() {
        Fixture f = fixture("Pr. post", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
        ReportView draft = DemoUser.RANDERS.call0(() -> reports.open(report));
        DemoUser.RANDERS.run(() -> reports.saveDraft(save(report, draft.version(), f, "Halvt skrevet", "100", "0")));
        projects.submitReport(f.projectId(), version(f), report, LocalDate.now(Clocks.DANISH_TIME));
        ReportView received = reports.open(report);
        assertEquals(ReportStatus.SUBMITTED, received.status());
        assertTrue(received.reviewable());
        reports.approve(report, received.version(), null);
        assertEquals(ReportStatus.APPROVED, reports.reportsOf(f.projectId()).get(0).status());
    }

    // The lists' cost ---------------------------------------------------------------------------------------------------

    @Test
    void theBudgetAgainstSpendingAndTheReportsListCostTheSameStatementsWhateverTheSizeOfTheProject() {
        Fixture small = fixture("Lille", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        Fixture large = fixture("Stor", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        for (int i = 0; i < 10; i++) {
            projects.addBudgetLine(large.projectId(), version(large), BudgetCategory.OTHER, 2026, Money.dkk("1000"), "Post " + i);
        }
        for (int i = 0; i < 5; i++) {
            projects.requireReport(large.projectId(), version(large), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(40 + i));
        }
        for (Fixture f : List.of(small, large)) {
            long report = projects.requireReport(f.projectId(), version(f), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
            ReportView form = DemoUser.RANDERS.call0(() -> reports.open(report));
            Map<Long, Money> everyLine = new HashMap<>();
            form.spending().forEach(line -> everyLine.put(line.budgetLineId(), Money.dkk("900")));
            DemoUser.RANDERS.run(() -> reports.submit(new SaveReport(report, form.version(), null, null, Map.of(),
                    everyLine, Map.of(), Map.of(), Map.of(), null)));
        }
        assertEquals(12, reports.spendingAgainstBudget(large.projectId()).lines().size());
        assertEquals(6, reports.reportsOf(large.projectId()).size());

        long smallBudget = Statements.countWhile(emf, () -> reports.spendingAgainstBudget(small.projectId()));
        long largeBudget = Statements.countWhile(emf, () -> reports.spendingAgainstBudget(large.projectId()));
        assertEquals(smallBudget, largeBudget, "12 budget lines cost what 2 do");
        assertTrue(largeBudget <= 5, "the caller's scope, the access check, the latest report, the lines: " + largeBudget);
        long smallList = Statements.countWhile(emf, () -> reports.reportsOf(small.projectId()));
        long largeList = Statements.countWhile(emf, () -> reports.reportsOf(large.projectId()));
        assertEquals(smallList, largeList, "6 reports cost what 1 does");
        assertTrue(largeList <= 5, "the caller's scope, the access check, the project, the reports: " + largeList);
    }

    // Who may do what ---------------------------------------------------------------------------------------------------

    @Test
    void aPartnerReadsButDoesNotWriteAndAnAdministratorDoesNotWriteTheGranteesReport() {
        Fixture f = fixture("Partner", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
        long version = reports.open(report).version();
        ReportView read = DemoUser.PARTNER_AALBORG.call0(() -> reports.open(report));
        assertFalse(read.editable());
        assertFalse(read.reviewable());
        assertEquals(1, DemoUser.PARTNER_AALBORG.call0(() -> reports.reportsOf(f.projectId())).size());
        DemoUser.PARTNER_AALBORG.call0(() -> reports.spendingAgainstBudget(f.projectId()));
        for (Executable write : List.<Executable>of(
                () -> DemoUser.PARTNER_AALBORG.run(() -> reports.saveDraft(save(report, version, f, "Partner", "1", "1"))),
                () -> DemoUser.PARTNER_AALBORG.run(() -> reports.submit(save(report, version, f, "Partner", "1", "1"))))) {
            assertEquals("access.denied", assertThrows(RuleViolation.class, write).key(), "taking part is not owning");
        }
        assertThrows(EJBAccessException.class, () -> reports.saveDraft(save(report, version, f, "Admin", "1", "1")));
        assertThrows(EJBAccessException.class, () -> reports.submit(save(report, version, f, "Admin", "1", "1")));
        assertThrows(EJBAccessException.class, () -> DemoUser.RANDERS.run(() -> reports.approve(report, version, null)));
        assertThrows(EJBAccessException.class, () -> DemoUser.RANDERS.run(() ->
                reports.returnReport(new ReturnReport(report, version, "x", Map.of()))));
        assertEquals(version, reports.open(report).version(), "nothing written");
    }

    @Test
    void regionalStaffReadTheBudgetAndTheReportsListButNothingElse() {
        long ai = DemoUser.ADMIN.call0(() -> catalog.rows(dk.pulje.application.project.ProjectSearch.firstPage(10)
                .withText("AI i borgernes hænder")).get(0).id());
        DemoUser.REGION.run(() -> {
            assertNotNull(reports.spendingAgainstBudget(ai));
            assertNotNull(reports.reportsOf(ai));
            assertTrue(reports.reportsOf(ai).stream().noneMatch(r -> r.editable() || r.reviewable()));
            SaveReport any = new SaveReport(1, 0, null, null, null, null, null, null, null, null);
            for (Executable refused : List.<Executable>of(() -> reports.open(1), () -> reports.saveDraft(any),
                    () -> reports.submit(any), () -> reports.approve(1, 0, null),
                    () -> reports.returnReport(new ReturnReport(1, 0, "x", Map.of())))) {
                assertThrows(EJBAccessException.class, refused);
            }
        });
    }

    @Test
    void forgedIdsFindNothing() throws Exception {
        Fixture f = fixture("Forfalsket", Money.dkk("80000"), Money.dkk("60000"), Money.dkk("20000"));
        long report = projects.requireReport(f.projectId(), version(f), ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
        long version = reports.open(report).version();
        long[] foreign = foreignProjectWithReport();
        long foreignReport = foreign[1];

        // Another organisation's applicant: neither Randers' report nor its project exist for them.
        for (Executable forged : List.<Executable>of(
                () -> DemoUser.AARHUS.call0(() -> reports.open(report)),
                () -> DemoUser.AARHUS.run(() -> reports.saveDraft(save(report, version, f, "Aarhus", "1", "1"))),
                () -> DemoUser.AARHUS.run(() -> reports.submit(save(report, version, f, "Aarhus", "1", "1"))),
                () -> DemoUser.AARHUS.call0(() -> reports.reportsOf(f.projectId())),
                () -> DemoUser.AARHUS.call0(() -> reports.spendingAgainstBudget(f.projectId())))) {
            assertEquals("entity.notFound", assertThrows(RuleViolation.class, forged).key());
        }
        // An administrator of another fund: the foreign fund's report does not exist for admin.
        for (Executable forged : List.<Executable>of(
                () -> reports.open(foreignReport),
                () -> reports.approve(foreignReport, 0, null),
                () -> reports.returnReport(new ReturnReport(foreignReport, 0, "x", Map.of())),
                () -> reports.reportsOf(foreign[0]),
                () -> reports.spendingAgainstBudget(foreign[0]))) {
            assertEquals("entity.notFound", assertThrows(RuleViolation.class, forged).key());
        }
        // Randers' own report, with the parts of another project smuggled into the form's maps.
        long otherLine = foreign[2];
        long otherMilestone = foreign[3];
        long otherGoal = foreign[4];
        for (SaveReport smuggled : List.of(
                new SaveReport(report, version, null, null, Map.of(), Map.of(otherLine, Money.dkk("1")), Map.of(), Map.of(), Map.of(), null),
                new SaveReport(report, version, null, null, Map.of(), Map.of(), Map.of(otherLine, Money.dkk("1")), Map.of(), Map.of(), null),
                new SaveReport(report, version, null, null, Map.of(), Map.of(), Map.of(),
                        Map.of(otherMilestone, new SaveReport.MilestoneEntry(MilestoneStatus.REACHED, null)), Map.of(), null),
                new SaveReport(report, version, null, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(otherGoal, "1"), null))) {
            assertEquals("entity.notFound", assertThrows(RuleViolation.class,
                    () -> DemoUser.RANDERS.run(() -> reports.saveDraft(smuggled))).key());
        }
        assertEquals(version, reports.open(report).version(), "nothing written");
        assertEquals(0, em.find(ReportObligation.class, foreignReport).getVersion());
    }

    // Fixtures ----------------------------------------------------------------------------------------------------------

    private Fixture fixture(String title, Money granted, Money salariesBudget, Money materialsBudget) {
        ensurePartnerUser();
        long randers = organisations.findByNameOrAlias("Randers Bibliotek").orElseThrow().id();
        long aalborg = organisations.findByNameOrAlias("Aalborg Bibliotekerne").orElseThrow().id();
        long id = projects.create(new NewProject(TestData.testFundId(), null, TestData.unique(title), ProjectType.DEVELOPMENT,
                ProjectStatus.UNDER_REVIEW, randers, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), "Randers",
                Money.dkk("1000000")));
        projects.addPartner(id, version(id), aalborg, PartnerRole.PARTICIPANT);
        long salaries = projects.addBudgetLine(id, version(id), BudgetCategory.SALARIES, 2025, salariesBudget, null);
        long materials = projects.addBudgetLine(id, version(id), BudgetCategory.MATERIALS, 2025, materialsBudget, null);
        long own = projects.addFinancing(id, version(id), FinancingKind.OWN_CASH, null, Money.dkk("50000"), null);
        long milestone = projects.addMilestone(id, version(id), "Første workshop", LocalDate.of(2025, 3, 1));
        long goal = projects.addGoal(id, version(id), "Flere borgere bruger AI", "deltagere");
        projects.moveTo(id, version(id), ProjectStatus.GRANTED);
        long grant = grants.registerApplication(id, null, granted);
        grants.decide(new DecideGrant(grant, grantVersion(id), granted, DECIDED, TestData.unique("J"), null));
        return new Fixture(id, grant, salaries, materials, own, milestone, goal);
    }

    private void ensurePartnerUser() {
        DemoUser.SYSADMIN.run(() -> {
            if (users.users().stream().noneMatch(u -> u.username().equals("partner-aalborg"))) {
                long aalborg = organisations.findByNameOrAlias("Aalborg Bibliotekerne").orElseThrow().id();
                users.create(new NewUser("partner-aalborg", "Aalborg-partner", null,
                        "Aalborg er med i AI-projektet".toCharArray(), Set.of(Role.APPLICANT), Set.of(aalborg), Set.of(), Set.of()));
            }
        });
    }

    /** A project in a fund nobody administers, with a report, a budget line, a milestone and a goal: {project, report, line, milestone, goal}. */
    private long[] foreignProjectWithReport() throws Exception {
        transaction.begin();
        try {
            Organisation funder = new Organisation(TestData.unique("Fremmed fond"), OrganisationType.AGENCY, null);
            em.persist(funder);
            Fund fund = new Fund(funder, TestData.unique("Fremmed pulje"), "FP");
            em.persist(fund);
            Project project = new Project(fund, null, "Fremmed projekt", ProjectType.DEVELOPMENT, ProjectStatus.ACTIVE);
            var line = project.addBudgetLine(BudgetCategory.SALARIES, 2025, Money.dkk("1000"), null);
            var milestone = project.addMilestone("Fremmed milepæl", null);
            var goal = project.addGoal("Fremmed mål", null);
            ReportObligation report = project.requireReport(ReportType.STATUS, LocalDate.now(Clocks.DANISH_TIME).plusDays(20));
            em.persist(project);
            em.flush();
            long[] ids = {project.getId(), report.getId(), line.getId(), milestone.getId(), goal.getId()};
            transaction.commit();
            return ids;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private static SaveReport save(long report, long version, Fixture f, String happened, String salaries, String materials) {
        return new SaveReport(report, version, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                Map.of(ReportSection.HAPPENED, happened), Map.of(f.salaries(), Money.dkk(salaries), f.materials(), Money.dkk(materials)),
                Map.of(f.ownCash(), Money.dkk("5000")),
                Map.of(f.milestone(), new SaveReport.MilestoneEntry(MilestoneStatus.REACHED, null)), Map.of(f.goal(), "41"), null);
    }

    private static ReportView.SpendingLine spending(ReportView view, long budgetLineId) {
        return view.spending().stream().filter(l -> l.budgetLineId() == budgetLineId).findFirst().orElseThrow();
    }

    private static SpendingAgainstBudget.Line line(SpendingAgainstBudget budget, long budgetLineId) {
        return budget.lines().stream().filter(l -> l.budgetLineId() == budgetLineId).findFirst().orElseThrow();
    }

    private Payment payment(Fixture f, long paymentId) {
        return em.find(Payment.class, paymentId);
    }

    private long auditedBy(String table, long reportId, String username) {
        String column = table.equals("report_obligation_aud") ? "id" : "report_id";
        return ((Number) em.createNativeQuery("select count(*) from " + table + " t join audit_revision r on r.id = t.rev "
                + "where t." + column + " = ?1 and r.changed_by = ?2").setParameter(1, reportId).setParameter(2, username)
                .getSingleResult()).longValue();
    }

    private List<String> missing(Fixture f) {
        return workflow.view(f.projectId()).orElseThrow().closingMissing().stream().map(m -> m.key()).toList();
    }

    private String title(Fixture f) {
        return details.detail(f.projectId()).orElseThrow().title();
    }

    private long version(Fixture f) {
        return version(f.projectId());
    }

    private long version(long projectId) {
        return details.detail(projectId).orElseThrow().version();
    }

    private long grantVersion(Fixture f) {
        return grantVersion(f.projectId());
    }

    private long grantVersion(long projectId) {
        return details.detail(projectId).orElseThrow().grant().version();
    }
}
