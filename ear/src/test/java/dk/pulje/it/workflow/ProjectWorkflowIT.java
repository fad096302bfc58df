package dk.pulje.it.workflow;

import dk.pulje.application.fund.FundService;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.AmendProjectGrant;
import dk.pulje.application.project.ApplicationRegistrationService;
import dk.pulje.application.project.EndProject;
import dk.pulje.application.project.GrantProject;
import dk.pulje.application.project.MoveProject;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.application.project.ProjectWorkflowService;
import dk.pulje.application.project.WorkflowAction;
import dk.pulje.application.project.WorkflowView;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ClosingCheck;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectNotClosable;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workflow steps through ProjectWorkflowService: each transition's rules, the envelope warning, close's
 * preconditions one by one, one transaction per step, stale versions, and who may take the steps at all.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ProjectWorkflowIT {

    private static final Locale DA = new Locale("da");
    private static final LocalDate DECIDED = LocalDate.of(2026, 6, 15);

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectWorkflowIT.class, TestData.class, WorkflowFixture.class);
    }

    @Inject
    ProjectWorkflowService workflow;

    @Inject
    ApplicationRegistrationService registrations;

    @Inject
    ProjectDetailService details;

    @Inject
    ProjectService projects;

    @Inject
    GrantService grants;

    @Inject
    FundService funds;

    @Inject
    OrganisationService organisations;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aProjectGoesFromApplicationToClosedOneConfirmedStepAtATime() {
        WorkflowFixture fixture = fixture();
        long id = fixture.application("Hele vejen", Money.dkk("400000"));
        assertEquals(List.of(WorkflowAction.REVIEW, WorkflowAction.WITHDRAW), view(id).actions());

        workflow.move(new MoveProject(id, view(id).version(), WorkflowAction.REVIEW));
        assertEquals(List.of(WorkflowAction.GRANT, WorkflowAction.REJECT, WorkflowAction.WITHDRAW), view(id).actions());

        WorkflowView beforeGrant = view(id);
        String journal = TestData.unique("J");
        workflow.grant(new GrantProject(id, beforeGrant.version(), beforeGrant.grantVersion(), Money.dkk("400000"),
                fixture.openPool, journal, DECIDED, "Slutrapport senest 1.3.2027", false));
        ProjectDetail granted = details.detail(id).orElseThrow();
        assertEquals(ProjectStatus.GRANTED, granted.status());
        assertEquals(Money.dkk("400000"), granted.grant().granted());
        assertEquals("Åben pulje", granted.grant().subPool(), "the sub-pool the decision names, not the one applied to");
        assertEquals(journal, granted.grant().journalNumber());
        assertEquals(DECIDED, granted.grant().decisionDate());
        assertEquals(List.of(WorkflowAction.ACTIVATE, WorkflowAction.AMEND, WorkflowAction.WITHDRAW), view(id).actions());

        workflow.move(new MoveProject(id, view(id).version(), WorkflowAction.ACTIVATE));
        WorkflowView active = view(id);
        workflow.amend(new AmendProjectGrant(id, active.version(), active.grantVersion(), LocalDate.of(2026, 9, 1),
                "Udvidet med et spor", Money.dkk("450000"), null, LocalDate.of(2027, 3, 31), false));
        ProjectDetail amended = details.detail(id).orElseThrow();
        assertEquals(Money.dkk("450000"), amended.grant().granted());
        assertEquals(LocalDate.of(2027, 3, 31), amended.endDate());
        ProjectDetail.AmendmentView amendment = amended.grant().amendments().get(0);
        assertEquals(Money.dkk("400000"), amendment.previousGranted(), "the previous value is kept");
        assertEquals(LocalDate.of(2026, 12, 31), amendment.previousEndDate());
        assertEquals("Udvidet med et spor", amendment.reason());

        workflow.move(new MoveProject(id, view(id).version(), WorkflowAction.AWAIT_FINAL_REPORT));
        assertEquals(List.of(WorkflowAction.ACTIVATE, WorkflowAction.AMEND, WorkflowAction.WITHDRAW, WorkflowAction.CLOSE),
                view(id).actions(), "back to active when the final report is returned, or closed");
        settle(id);
        workflow.close(id, view(id).version());
        assertEquals(ProjectStatus.CLOSED, details.detail(id).orElseThrow().status());
        assertEquals(List.of(), view(id).actions(), "a closed project takes no more steps");
    }

    @Test
    void closingSaysExactlyWhatIsMissingAndRefusesUntilNothingIs() {
        WorkflowFixture fixture = fixture();
        long id = finalReportDue(fixture, "Næsten færdig", Money.dkk("300000"));
        assertEquals(List.of("closing.noFinalReport", "closing.notSettled"), missing(id));
        ProjectNotClosable refused = assertThrows(ProjectNotClosable.class, () -> workflow.close(id, view(id).version()));
        assertEquals("Projektet kan ikke lukkes endnu. Der er ikke registreret nogen slutrapport. Der er udbetalt 0 kr. af "
                + "bevillingen på 300.000 kr.; 300.000 kr. mangler. Udbetal resten, eller nedskriv bevillingen med et tillæg.",
                refused.messageIn(DA));
        assertEquals(ProjectStatus.FINAL_REPORT_DUE, details.detail(id).orElseThrow().status());

        long report = projects.requireReport(id, view(id).version(), ReportType.FINAL, LocalDate.of(2027, 2, 1));
        assertEquals(List.of("closing.finalReportNotApproved", "closing.notSettled"), missing(id));
        projects.submitReport(id, view(id).version(), report, LocalDate.of(2027, 1, 20));
        assertEquals(List.of("closing.finalReportNotApproved", "closing.notSettled"), missing(id), "submitted is not approved");
        projects.approveReport(id, view(id).version(), report, LocalDate.of(2027, 1, 25), null);
        assertEquals(List.of("closing.notSettled"), missing(id));

        WorkflowView withGrant = view(id);
        long first = grants.planPayment(withGrant.grantId(), withGrant.grantVersion(), LocalDate.of(2026, 7, 1), Money.dkk("200000"), null);
        grants.planPayment(withGrant.grantId(), view(id).grantVersion(), LocalDate.of(2027, 2, 1), Money.dkk("100000"), "Efter slutrapport");
        grants.recordPayment(withGrant.grantId(), view(id).grantVersion(), first, LocalDate.of(2026, 7, 2), Money.dkk("200000"));
        assertEquals(List.of("closing.unpaidTranche", "closing.notSettled"), missing(id));
        assertEquals("Der er én planlagt rate på 100.000 kr., som ikke er udbetalt.",
                view(id).closingMissing().get(0).messageIn(DA));
        assertThrows(ProjectNotClosable.class, () -> workflow.close(id, view(id).version()));

        long second = paymentId(id, 1);
        grants.recordPayment(withGrant.grantId(), view(id).grantVersion(), second, LocalDate.of(2027, 2, 2), Money.dkk("100000"));
        assertEquals(List.of(), missing(id));
        workflow.close(id, view(id).version());
        assertEquals(ProjectStatus.CLOSED, details.detail(id).orElseThrow().status());
    }

    @Test
    void onlyTheStepsTheLifecycleAllowsAreTaken() {
        WorkflowFixture fixture = fixture();
        long id = fixture.application("Springer over", Money.dkk("100000"));
        long version = view(id).version();
        assertEquals("project.statusTransition", assertThrows(RuleViolation.class, () -> workflow.grant(new GrantProject(id,
                version, view(id).grantVersion(), Money.dkk("100000"), null, null, DECIDED, null, false))).key());
        assertEquals("project.statusTransition", assertThrows(RuleViolation.class,
                () -> workflow.move(new MoveProject(id, version, WorkflowAction.ACTIVATE))).key());
        assertEquals("project.statusTransition", assertThrows(RuleViolation.class, () -> workflow.reject(new EndProject(id,
                version, "For tidligt"))).key());
        assertEquals("workflow.notThroughMove", assertThrows(RuleViolation.class,
                () -> workflow.move(new MoveProject(id, version, WorkflowAction.CLOSE))).key());
        assertEquals("workflow.notAmendable", assertThrows(RuleViolation.class, () -> workflow.amend(new AmendProjectGrant(id,
                version, view(id).grantVersion(), DECIDED, "Før afgørelsen", Money.dkk("1"), null, null, false))).key());
        assertEquals(ProjectStatus.APPLICATION_RECEIVED, details.detail(id).orElseThrow().status());
        assertEquals(version, view(id).version(), "nothing was written");

        workflow.move(new MoveProject(id, version, WorkflowAction.REVIEW));
        assertEquals("workflow.grantNeedsAmount", assertThrows(RuleViolation.class, () -> workflow.grant(new GrantProject(id,
                view(id).version(), view(id).grantVersion(), null, null, null, DECIDED, null, false))).key());
        assertEquals("workflow.grantNeedsDate", assertThrows(RuleViolation.class, () -> workflow.grant(new GrantProject(id,
                view(id).version(), view(id).grantVersion(), Money.dkk("1"), null, null, null, null, false))).key());
        assertEquals(ProjectStatus.UNDER_REVIEW, details.detail(id).orElseThrow().status());
    }

    @Test
    void aRejectionOrAWithdrawalNeedsAReasonThatIsKeptAndShown() {
        WorkflowFixture fixture = fixture();
        long rejected = fixture.application("Afslag", Money.dkk("100000"));
        workflow.move(new MoveProject(rejected, view(rejected).version(), WorkflowAction.REVIEW));
        RuleViolation noReason = assertThrows(RuleViolation.class,
                () -> workflow.reject(new EndProject(rejected, view(rejected).version(), " ")));
        assertEquals("Begrundelsen for afslaget skal udfyldes.", noReason.messageIn(DA));
        workflow.reject(new EndProject(rejected, view(rejected).version(), "Ligger uden for puljens formål"));
        assertEquals(ProjectStatus.REJECTED, details.detail(rejected).orElseThrow().status());
        assertEquals(Optional.of("Ligger uden for puljens formål"), workflow.statusReason(rejected));
        assertEquals(List.of(), view(rejected).actions());

        long withdrawn = fixture.application("Trukket", Money.dkk("100000"));
        assertEquals("field.required", assertThrows(RuleViolation.class,
                () -> workflow.withdraw(new EndProject(withdrawn, view(withdrawn).version(), null))).key());
        workflow.withdraw(new EndProject(withdrawn, view(withdrawn).version(), "Projektejeren har fået andre midler"));
        assertEquals(Optional.of("Projektejeren har fået andre midler"), workflow.statusReason(withdrawn));
        assertEquals(Optional.empty(), workflow.statusReason(fixture.application("Uden begrundelse", null)));
    }

    @Test
    void aGrantPastTheEnvelopeIsWarnedAboutAndSavedOnlyWhenConfirmed() {
        WorkflowFixture fixture = fixture();
        long first = fixture.application("Først", Money.dkk("600000"));
        review(first);
        grant(first, Money.dkk("600000"), false);
        long second = fixture.application("Dernæst", Money.dkk("500000"));
        review(second);

        assertEquals(Optional.of(Money.dkk("100000")), workflow.envelopeExcess(second, Money.dkk("500000")));
        assertEquals(Optional.empty(), workflow.envelopeExcess(second, Money.dkk("400000")));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> grant(second, Money.dkk("500000"), false));
        assertEquals("round.envelopeExceeded", refused.key());
        assertTrue(refused.messageIn(DA).contains("100.000 kr."), refused.messageIn(DA));
        ProjectDetail untouched = details.detail(second).orElseThrow();
        assertEquals(ProjectStatus.UNDER_REVIEW, untouched.status(), "the status move was rolled back with the decision");
        assertNull(untouched.grant().granted());

        grant(second, Money.dkk("500000"), true);
        assertEquals(Money.dkk("500000"), details.detail(second).orElseThrow().grant().granted());

        // A raise by amendment asks the same; a cut does not.
        WorkflowView granted = view(first);
        assertEquals("round.envelopeExceeded", assertThrows(RuleViolation.class, () -> workflow.amend(new AmendProjectGrant(
                first, granted.version(), granted.grantVersion(), DECIDED, "Mere", Money.dkk("600000.01"), null, null,
                false))).key());
        workflow.amend(new AmendProjectGrant(first, granted.version(), granted.grantVersion(), DECIDED, "Mindre",
                Money.dkk("550000"), null, null, false));
        assertEquals(Money.dkk("550000"), details.detail(first).orElseThrow().grant().granted());
    }

    @Test
    void aGrantAndItsStatusMoveAreOneTransaction() {
        WorkflowFixture fixture = fixture();
        long taken = fixture.application("Har journalnummeret", Money.dkk("100000"));
        review(taken);
        String journal = TestData.unique("J");
        WorkflowView v = view(taken);
        workflow.grant(new GrantProject(taken, v.version(), v.grantVersion(), Money.dkk("100000"), null, journal, DECIDED, null, false));

        long id = fixture.application("Vil have journalnummeret", Money.dkk("100000"));
        review(id);
        WorkflowView before = view(id);
        RuleViolation duplicate = assertThrows(RuleViolation.class, () -> workflow.grant(new GrantProject(id, before.version(),
                before.grantVersion(), Money.dkk("100000"), fixture.openPool, journal, DECIDED, null, false)));
        assertEquals("grant.journalNumberTaken", duplicate.key());
        WorkflowView after = view(id);
        assertEquals(ProjectStatus.UNDER_REVIEW, after.status());
        assertEquals(before.version(), after.version());
        assertEquals(before.grantVersion(), after.grantVersion());
        assertEquals(fixture.themePool, after.subPoolId(), "the sub-pool change was rolled back too");

        RuleViolation aboveTotal = assertThrows(RuleViolation.class, () -> workflow.grant(new GrantProject(id,
                before.version(), before.grantVersion(), Money.dkk("600000.01"), null, null, DECIDED, null, true)));
        assertEquals("grant.exceedsTotal", aboveTotal.key());
        assertEquals(ProjectStatus.UNDER_REVIEW, view(id).status());
    }

    @Test
    void aStaleVersionIsRefusedNamingWhoChangedItAndNothingIsWritten() {
        WorkflowFixture fixture = fixture();
        long id = fixture.application("To fanefaner", Money.dkk("100000"));
        WorkflowView seen = view(id);
        workflow.move(new MoveProject(id, seen.version(), WorkflowAction.REVIEW));
        ConcurrentChange stale = assertThrows(ConcurrentChange.class, () -> workflow.grant(new GrantProject(id, seen.version(),
                seen.grantVersion(), Money.dkk("100000"), null, null, DECIDED, null, false)));
        assertEquals("admin", stale.changedBy());
        assertTrue(stale.messageIn(DA).startsWith("Projektet er blevet ændret af admin "), stale.messageIn(DA));
        assertEquals(ProjectStatus.UNDER_REVIEW, view(id).status());

        grant(id, Money.dkk("100000"), false);
        WorkflowView granted = view(id);
        workflow.amend(new AmendProjectGrant(id, granted.version(), granted.grantVersion(), DECIDED, "Første", Money.dkk("90000"),
                null, null, false));
        ConcurrentChange second = assertThrows(ConcurrentChange.class, () -> workflow.amend(new AmendProjectGrant(id,
                granted.version(), granted.grantVersion(), DECIDED, "Anden", Money.dkk("80000"), null, null, false)));
        assertTrue(second.messageIn(DA).startsWith("Bevillingen er blevet ændret af admin "), second.messageIn(DA));
        assertEquals(Money.dkk("90000"), details.detail(id).orElseThrow().grant().granted());
        assertEquals(1, details.detail(id).orElseThrow().grant().amendments().size());
    }

    @Test
    void aProjectOutsideTheCallersFundsIsNotFoundAndShowsNoSteps() throws Exception {
        long foreign = foreignProject();
        assertEquals(Optional.empty(), workflow.view(foreign));
        for (Runnable step : List.<Runnable>of(
                () -> workflow.move(new MoveProject(foreign, 0, WorkflowAction.REVIEW)),
                () -> workflow.grant(new GrantProject(foreign, 0, null, Money.dkk("1"), null, null, DECIDED, null, true)),
                () -> workflow.reject(new EndProject(foreign, 0, "Nej")),
                () -> workflow.withdraw(new EndProject(foreign, 0, "Væk")),
                () -> workflow.amend(new AmendProjectGrant(foreign, 0, 0, DECIDED, "Mere", Money.dkk("1"), null, null, true)),
                () -> workflow.close(foreign, 0),
                () -> workflow.envelopeExcess(foreign, Money.dkk("1")))) {
            RuleViolation e = assertThrows(RuleViolation.class, step::run);
            assertEquals("entity.notFound", e.key());
            assertEquals(foreign, e.arguments()[1]);
        }
        assertEquals(Optional.empty(), workflow.statusReason(foreign));
        assertEquals(0L, em.find(Project.class, foreign).getVersion());
        assertEquals(ProjectStatus.UNDER_REVIEW, em.find(Project.class, foreign).getStatus());
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void regionalStaffTakeNoStepAndAreShownNone() {
        assertEquals(Optional.empty(), workflow.view(1));
        assertThrows(EJBAccessException.class, () -> workflow.move(new MoveProject(1, 0, WorkflowAction.REVIEW)));
        assertThrows(EJBAccessException.class, () -> workflow.grant(new GrantProject(1, 0, null, Money.dkk("1"), null, null, DECIDED, null, true)));
        assertThrows(EJBAccessException.class, () -> workflow.reject(new EndProject(1, 0, "Nej")));
        assertThrows(EJBAccessException.class, () -> workflow.close(1, 0));
        assertThrows(EJBAccessException.class, () -> workflow.envelopeExcess(1, Money.dkk("1")));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void applicantsTakeNoStepAndAreShownNone() {
        assertEquals(Optional.empty(), workflow.view(1));
        assertThrows(EJBAccessException.class, () -> workflow.withdraw(new EndProject(1, 0, "Vi trækker os")));
        assertThrows(EJBAccessException.class, () -> workflow.amend(new AmendProjectGrant(1, 0, 0, DECIDED, "Mere", Money.dkk("1"), null, null, true)));
    }

    private WorkflowFixture fixture() {
        return new WorkflowFixture(funds, organisations, registrations);
    }

    private WorkflowView view(long id) {
        return workflow.view(id).orElseThrow();
    }

    private List<String> missing(long id) {
        return view(id).closingMissing().stream().map(ClosingCheck.Missing::key).toList();
    }

    private void review(long id) {
        workflow.move(new MoveProject(id, view(id).version(), WorkflowAction.REVIEW));
    }

    private void grant(long id, Money amount, boolean confirmed) {
        WorkflowView v = view(id);
        workflow.grant(new GrantProject(id, v.version(), v.grantVersion(), amount, null, null, DECIDED, null, confirmed));
    }

    /** Granted, active and awaiting its final report. */
    private long finalReportDue(WorkflowFixture fixture, String title, Money amount) {
        long id = fixture.application(title, amount);
        review(id);
        grant(id, amount, false);
        workflow.move(new MoveProject(id, view(id).version(), WorkflowAction.ACTIVATE));
        workflow.move(new MoveProject(id, view(id).version(), WorkflowAction.AWAIT_FINAL_REPORT));
        return id;
    }

    /** Approves a final report and pays the grant in full. */
    private void settle(long id) {
        long report = projects.requireReport(id, view(id).version(), ReportType.FINAL, LocalDate.of(2027, 4, 1));
        projects.submitReport(id, view(id).version(), report, LocalDate.of(2027, 3, 20));
        projects.approveReport(id, view(id).version(), report, LocalDate.of(2027, 3, 25), "God rapport");
        WorkflowView v = view(id);
        long payment = grants.planPayment(v.grantId(), v.grantVersion(), LocalDate.of(2026, 7, 1), v.granted(), null);
        grants.recordPayment(v.grantId(), view(id).grantVersion(), payment, LocalDate.of(2026, 7, 2), v.granted());
    }

    private long paymentId(long projectId, int index) {
        return em.createQuery("select p.id from Payment p where p.grant.project.id = :id order by p.plannedDate, p.id", Long.class)
                .setParameter("id", projectId).getResultList().get(index);
    }

    /** A project in a fund nobody administers, made straight in the database. */
    private long foreignProject() throws Exception {
        transaction.begin();
        try {
            Organisation funder = new Organisation(TestData.unique("Fremmed fond"), OrganisationType.AGENCY, null);
            em.persist(funder);
            Fund fund = new Fund(funder, TestData.unique("Fremmed pulje"), "FP");
            em.persist(fund);
            Project project = new Project(fund, null, TestData.unique("Fremmed projekt"), ProjectType.DEVELOPMENT,
                    ProjectStatus.UNDER_REVIEW);
            em.persist(project);
            em.flush();
            long id = project.getId();
            transaction.commit();
            return id;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
