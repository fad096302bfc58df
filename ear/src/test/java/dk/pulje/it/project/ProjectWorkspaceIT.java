package dk.pulje.it.project;

import dk.pulje.application.shared.Clocks;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectChange.ChangeKind;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.ChangeProjectDetails;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetail.PaymentView;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.domain.model.project.ReportStatus;
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
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands behind the project page's tabs (issue 9): each with its rules, all-or-nothing, audited; a report's
 * approval releasing the payment that waits for it; other roles refused; a forged id from a foreign fund not found.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ProjectWorkspaceIT {

    private static final LocalDate DECIDED = LocalDate.of(2025, 2, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectWorkspaceIT.class, TestData.class);
    }

    @Inject
    ProjectService projects;

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

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void budgetLinesAreChangedInPlaceAndRemovedAndTheHistorySaysFromWhatToWhat() {
        long id = newProject("Budget");
        long line = projects.addBudgetLine(id, version(id), BudgetCategory.SALARIES, 2025, Money.dkk("450000"), null);
        projects.changeBudgetLine(id, version(id), line, BudgetCategory.SALARIES, 2025, Money.dkk("457000"), "Løn til projektleder");
        ProjectDetail project = detail(id);
        assertEquals(Money.dkk("457000"), project.budget().get(0).amount());
        assertEquals(Money.dkk("543000"), project.financingSummary().budgetGap(), "1.000.000 kr. total − 457.000 kr.");

        ProjectChange changed = one(history.history(id), c -> "budget".equals(c.area()) && "amount".equals(c.field()));
        assertEquals(Money.dkk("450000"), changed.before());
        assertEquals(Money.dkk("457000"), changed.after());
        assertEquals(BudgetCategory.SALARIES, changed.item());
        assertEquals("admin", changed.changedBy());
        assertTrue(changed.changedByName() != null && !changed.changedByName().isBlank(), "the person's name, for the sentence");

        projects.removeBudgetLine(id, version(id), line);
        assertTrue(detail(id).budget().isEmpty());
        one(history.history(id), c -> "budget".equals(c.area()) && c.kind() == ChangeKind.REMOVED);
    }

    @Test
    void aRefusedChangeOfALineLeavesEverythingAsItWas() {
        long id = newProject("Afvist budget");
        long line = projects.addBudgetLine(id, version(id), BudgetCategory.TRAVEL, 2025, Money.dkk("10000"), null);
        long version = version(id);
        int changes = history.history(id).size();

        RuleViolation e = assertThrows(RuleViolation.class, () -> projects.changeBudgetLine(id, version, line,
                BudgetCategory.TRAVEL, 1700, Money.dkk("20000"), null));
        assertEquals("budget.yearOutOfRange", e.key());
        assertEquals(version, version(id), "nothing half-saved: the project's version is untouched");
        assertEquals(Money.dkk("10000"), detail(id).budget().get(0).amount(), "the amount before the year was refused");
        assertEquals(changes, history.history(id).size());

        assertEquals("entity.notFound", assertThrows(RuleViolation.class,
                () -> projects.removeBudgetLine(id, version, Long.MAX_VALUE)).key());
    }

    @Test
    void financingSourcesAreAddedChangedAndRemovedAndTheSummaryFollows() {
        long id = newProject("Finansiering");
        long partner = TestData.library(organisations, TestData.unique("Medfinansiør"));
        long grantLine = projects.addFinancing(id, version(id), FinancingKind.THIS_GRANT, null, Money.dkk("600000"), null);
        long own = projects.addFinancing(id, version(id), FinancingKind.OWN_CASH, null, null, "beløb følger");
        assertEquals(1, detail(id).financingSummary().financing().unknown());

        projects.changeFinancing(id, version(id), own, FinancingKind.PARTNER_CONTRIBUTION, partner, Money.dkk("450000"), null);
        ProjectDetail project = detail(id);
        assertEquals(Money.dkk("-50000"), project.financingSummary().financingGap(), "a surplus of 50.000 kr.");
        assertEquals(Money.dkk("50000"), project.financingSummary().surplus());
        assertEquals(Long.valueOf(partner), project.financing().stream().filter(l -> l.id() == own).findFirst().orElseThrow().contributorId());

        projects.removeFinancing(id, version(id), grantLine);
        assertEquals(1, detail(id).financing().size());
        List<ProjectChange> changes = history.history(id);
        one(changes, c -> "financing".equals(c.area()) && "amount".equals(c.field()) && c.before() == null);
        one(changes, c -> "financing".equals(c.area()) && "kind".equals(c.field()));
        one(changes, c -> "financing".equals(c.area()) && c.kind() == ChangeKind.REMOVED);
    }

    @Test
    void contentAndContactsAreEditedAndEveryChangeIsInTheHistory() {
        long id = newProject("Indhold");
        projects.addTargetGroup(id, version(id), "Borgere over 65");
        projects.addTargetGroup(id, version(id), "Bibliotekarer");
        projects.changeTargetGroup(id, version(id), 1, "Bibliotekets personale");
        projects.removeTargetGroup(id, version(id), 0);
        projects.addActivity(id, version(id), "Workshops i fire byer");
        long goal = projects.addGoal(id, version(id), "200 borgere bruger AI-værktøjer", "Antal deltagere");
        projects.changeGoal(id, version(id), goal, "300 borgere bruger AI-værktøjer", "Antal deltagere");
        String orgName = TestData.unique("Kontaktbibliotek");
        long org = TestData.library(organisations, orgName);
        projects.addPartner(id, version(id), org, PartnerRole.PARTICIPANT);
        long person = organisations.addContact(org, "Anne Kjær Madsen", "Projektleder", "akm@example.dk", null);
        assertEquals(List.of("Anne Kjær Madsen"), projects.contactOptions(id).stream().map(o -> o.name()).toList());
        projects.addContact(id, version(id), person, "Projektleder");
        assertEquals("project.contactTwice", assertThrows(RuleViolation.class,
                () -> projects.addContact(id, version(id), person, "Projektleder")).key());

        ProjectDetail project = detail(id);
        assertEquals(List.of("Bibliotekets personale"), project.targetGroups());
        assertEquals(List.of("Workshops i fire byer"), project.activities());
        assertEquals("300 borgere bruger AI-værktøjer", project.goals().get(0).description());
        assertEquals("Projektleder", project.contacts().get(0).role());

        projects.removeContact(id, version(id), 0);
        projects.removeGoal(id, version(id), goal);
        assertTrue(detail(id).contacts().isEmpty());

        List<ProjectChange> changes = history.history(id);
        one(changes, c -> "targetGroup".equals(c.area()) && c.kind() == ChangeKind.ADDED && "Borgere over 65".equals(c.item()));
        one(changes, c -> "targetGroup".equals(c.area()) && c.kind() == ChangeKind.REMOVED && "Borgere over 65".equals(c.item()));
        one(changes, c -> "targetGroup".equals(c.area()) && c.kind() == ChangeKind.ADDED && "Bibliotekets personale".equals(c.item()));
        one(changes, c -> "activity".equals(c.area()) && c.kind() == ChangeKind.ADDED);
        one(changes, c -> "goal".equals(c.area()) && "description".equals(c.field()));
        one(changes, c -> "goal".equals(c.area()) && c.kind() == ChangeKind.REMOVED);
        one(changes, c -> "contact".equals(c.area()) && c.kind() == ChangeKind.ADDED
                && "Anne Kjær Madsen (Projektleder)".equals(c.item()));
        one(changes, c -> "contact".equals(c.area()) && c.kind() == ChangeKind.REMOVED);
    }

    @Test
    void theOverviewSavesDetailsAndInternalNoteTogetherOrNotAtAll() {
        long id = newProject("Overblik");
        long version = version(id);
        RuleViolation e = assertThrows(RuleViolation.class, () -> projects.changeOverview(new ChangeProjectDetails(id, version,
                "Nyt navn", null, null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), null, null, null), "Ny note"));
        assertEquals("project.endBeforeStart", e.key());
        ProjectDetail unchanged = detail(id);
        assertNull(unchanged.internalNote(), "the note was not saved without the details");
        assertEquals(version, unchanged.version());

        projects.changeOverview(new ChangeProjectDetails(id, version, "Nyt navn", "Beskrivelse", null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Vejle", "Vejle Kommune", Money.dkk("1200000")), "Ny note");
        ProjectDetail saved = detail(id);
        assertEquals("Ny note", saved.internalNote());
        assertEquals("Vejle Kommune", saved.municipality());
        List<ProjectChange> changes = history.history(id);
        one(changes, c -> "internalNote".equals(c.field()));
        one(changes, c -> "totalSum".equals(c.field()) && Money.dkk("1200000").equals(c.after()));
    }

    @Test
    void approvingAReportReleasesThePaymentThatWaitsForItAndOnlyThenMayItBePaid() {
        long id = newProject("Rapport og rate");
        long grant = decidedGrant(id, Money.dkk("600000"));
        long report = projects.requireReport(id, version(id), ReportType.STATUS, LocalDate.of(2025, 6, 30));
        long first = grants.planPayment(grant, grantVersion(id), LocalDate.of(2025, 3, 1), Money.dkk("300000"), null);
        long second = grants.planPayment(grant, grantVersion(id), LocalDate.of(2025, 7, 1), Money.dkk("300000"),
                "Efter godkendt statusrapport", report);
        grants.recordPayment(grant, grantVersion(id), first, LocalDate.of(2025, 3, 3), Money.dkk("300000"), "Bilag 2025-0117");

        PaymentView held = payment(id, second);
        assertTrue(held.held());
        assertEquals(Long.valueOf(report), held.reportId());
        long grantVersion = grantVersion(id);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> grants.recordPayment(grant, grantVersion, second,
                LocalDate.of(2025, 7, 2), Money.dkk("300000"), "Bilag 2025-0420"));
        assertEquals("payment.held", refused.key());
        assertEquals(grantVersion, grantVersion(id), "the refused payment changed nothing");

        // The report came by e-mail: recorded as received, then approved.
        projects.submitReport(id, version(id), report, LocalDate.of(2025, 6, 28));
        projects.approveReport(id, version(id), report, LocalDate.of(2025, 7, 1), null);
        ProjectDetail project = detail(id);
        assertEquals(ReportStatus.APPROVED, project.report(report).status());
        PaymentView released = payment(id, second);
        assertFalse(released.held());
        assertEquals(LocalDate.of(2025, 7, 1), released.releasedOn());
        assertTrue(project.grant().version() > grantVersion, "the release counts as a change of the grant");

        grants.recordPayment(grant, grantVersion(id), second, LocalDate.of(2025, 7, 2), Money.dkk("300000"), "Bilag 2025-0420");
        ProjectDetail paid = detail(id);
        assertEquals(Money.dkk("600000"), paid.grant().paid());
        assertEquals("Bilag 2025-0420", payment(id, second).reference());
        assertEquals(Money.dkk("0"), paid.grant().remaining());

        List<ProjectChange> changes = history.history(id);
        one(changes, c -> "payment".equals(c.area()) && "releasedOn".equals(c.field()));
        assertEquals(2, changes.stream().filter(c -> "payment".equals(c.area()) && "reference".equals(c.field())).count());
        one(changes, c -> "report".equals(c.area()) && "status".equals(c.field()) && c.after() == ReportStatus.APPROVED);
    }

    @Test
    void aReturnedReportKeepsItsPaymentHeldAndPaidOrDecidedThingsStay() {
        long id = newProject("Retur");
        long grant = decidedGrant(id, Money.dkk("100000"));
        long report = projects.requireReport(id, version(id), ReportType.FINAL, LocalDate.of(2025, 12, 31));
        long payment = grants.planPayment(grant, grantVersion(id), null, Money.dkk("99000"), null, report);
        projects.submitReport(id, version(id), report, LocalDate.of(2025, 12, 20));
        assertEquals("field.required", assertThrows(RuleViolation.class,
                () -> projects.returnReport(id, version(id), report, LocalDate.of(2025, 12, 22), " ")).key());
        projects.returnReport(id, version(id), report, LocalDate.of(2025, 12, 22), "Regnskabet mangler");
        assertTrue(payment(id, payment).held(), "a returned report releases nothing");
        assertEquals("Regnskabet mangler", detail(id).report(report).note());
        assertEquals("report.cannotRemove", assertThrows(RuleViolation.class,
                () -> projects.removeReport(id, version(id), report)).key());

        long other = grants.planPayment(grant, grantVersion(id), null, Money.dkk("1000"), null, null);
        assertEquals("payment.planExceedsGranted", assertThrows(RuleViolation.class,
                () -> grants.planPayment(grant, grantVersion(id), null, Money.dkk("1"), null, null)).key());
        grants.removePayment(grant, grantVersion(id), other);
        assertEquals(1, detail(id).grant().payments().size());
    }

    @Test
    void aStaleVersionIsToldWhoChangedItAndNothingIsWritten() {
        long id = newProject("Samtidig");
        long seen = version(id);
        projects.addTargetGroup(id, seen, "Første redaktør");
        ConcurrentChange conflict = assertThrows(ConcurrentChange.class,
                () -> projects.addBudgetLine(id, seen, BudgetCategory.SALARIES, 2025, Money.dkk("1000"), null));
        assertEquals("admin", conflict.changedBy());
        assertTrue(detail(id).budget().isEmpty());

        long grant = decidedGrant(id, Money.dkk("100000"));
        long grantSeen = grantVersion(id);
        grants.planPayment(grant, grantSeen, null, Money.dkk("1000"), null, null);
        assertThrows(ConcurrentChange.class, () -> grants.planPayment(grant, grantSeen, null, Money.dkk("2000"), null, null));
        assertEquals(1, detail(id).grant().payments().size());
    }

    @Test
    void aForgedIdFromAFundTheAdministratorDoesNotAdministerFindsNothing() throws Exception {
        long foreign = foreignProjectWithLine();
        long own = newProject("Egen");
        long foreignLine = em.createQuery("select b.id from BudgetLine b where b.project.id = :id", Long.class)
                .setParameter("id", foreign).getSingleResult();
        List<Executable> forged = List.of(
                () -> projects.changeBudgetLine(foreign, 0, foreignLine, BudgetCategory.SALARIES, null, Money.dkk("1"), null),
                () -> projects.removeBudgetLine(foreign, 0, foreignLine),
                () -> projects.addFinancing(foreign, 0, FinancingKind.OWN_CASH, null, Money.dkk("1"), null),
                () -> projects.addTargetGroup(foreign, 0, "Indbrud"),
                () -> projects.removeTargetGroup(foreign, 0, 0),
                () -> projects.addGoal(foreign, 0, "Indbrud", null),
                () -> projects.removeReport(foreign, 0, 1),
                () -> projects.contactOptions(foreign),
                () -> projects.changeOverview(new ChangeProjectDetails(foreign, 0, "Overtaget", null, null, null, null,
                        null, null, null), "note"));
        for (Executable command : forged) {
            RuleViolation e = assertThrows(RuleViolation.class, command);
            assertEquals("entity.notFound", e.key());
            assertEquals(foreign, e.arguments()[1]);
        }
        // A line of the foreign project, addressed through a project the administrator does administer: not found either.
        assertEquals("entity.notFound", assertThrows(RuleViolation.class, () -> projects.changeBudgetLine(own, version(own),
                foreignLine, BudgetCategory.SALARIES, null, Money.dkk("1"), null)).key());
        assertEquals(0, em.find(Project.class, foreign).getVersion(), "nothing changed");
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void regionalStaffChangeNothing() {
        assertThrows(EJBAccessException.class, () -> projects.changeBudgetLine(1, 0, 1, BudgetCategory.SALARIES, null, Money.dkk("1"), null));
        assertThrows(EJBAccessException.class, () -> projects.addTargetGroup(1, 0, "x"));
        assertThrows(EJBAccessException.class, () -> projects.approveReport(1, 0, 1, LocalDate.now(Clocks.DANISH_TIME), null));
        assertThrows(EJBAccessException.class, () -> grants.removePayment(1, 0, 1));
        assertThrows(EJBAccessException.class, () -> grants.recordPayment(1, 0, 1, LocalDate.now(Clocks.DANISH_TIME), Money.dkk("1"), "ref"));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void applicantsDoNotEditTheWorkspace() {
        assertThrows(EJBAccessException.class, () -> projects.changeFinancing(1, 0, 1, FinancingKind.OWN_CASH, null, null, null));
        assertThrows(EJBAccessException.class, () -> projects.removeContact(1, 0, 0));
        assertThrows(EJBAccessException.class, () -> projects.changeOverview(new ChangeProjectDetails(1, 0, "x", null, null,
                null, null, null, null, null), null));
        assertThrows(EJBAccessException.class, () -> projects.approveReport(1, 0, 1, LocalDate.now(Clocks.DANISH_TIME), null));
        assertThrows(EJBAccessException.class, () -> grants.planPayment(1, 0, null, Money.dkk("1"), null, 1L));
        // Recording a report as received skips the report's own checks (the accounts' tier): the fund's command only.
        assertThrows(EJBAccessException.class, () -> projects.submitReport(1, 0, 1, LocalDate.now(Clocks.DANISH_TIME)));
    }

    private long newProject(String title) {
        return TestData.project(projects, catalog, TestData.unique(title));
    }

    private long decidedGrant(long projectId, Money amount) {
        projects.moveTo(projectId, version(projectId), ProjectStatus.GRANTED);
        long grant = grants.registerApplication(projectId, null, amount);
        grants.decide(new DecideGrant(grant, grantVersion(projectId), amount, DECIDED, TestData.unique("J"), null));
        return grant;
    }

    /** A project with a budget line in a fund nobody administers: made straight in the database. */
    private long foreignProjectWithLine() throws Exception {
        transaction.begin();
        try {
            Organisation funder = new Organisation(TestData.unique("Fremmed fond"), OrganisationType.AGENCY, null);
            em.persist(funder);
            Fund fund = new Fund(funder, TestData.unique("Fremmed pulje"), "FP");
            em.persist(fund);
            Project project = new Project(fund, null, "Fremmed projekt", ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW);
            project.addTargetGroup("Fremmede");
            project.addBudgetLine(BudgetCategory.SALARIES, 2025, Money.dkk("1000"), null);
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

    private ProjectDetail detail(long id) {
        return details.detail(id).orElseThrow();
    }

    private long version(long id) {
        return detail(id).version();
    }

    private long grantVersion(long id) {
        return detail(id).grant().version();
    }

    private PaymentView payment(long projectId, long paymentId) {
        return detail(projectId).grant().payments().stream().filter(p -> p.id() == paymentId).findFirst().orElseThrow();
    }

    private static ProjectChange one(List<ProjectChange> changes, Predicate<ProjectChange> which) {
        List<ProjectChange> found = changes.stream().filter(which).toList();
        assertEquals(1, found.size(), "expected one such change in " + changes);
        return found.get(0);
    }
}
