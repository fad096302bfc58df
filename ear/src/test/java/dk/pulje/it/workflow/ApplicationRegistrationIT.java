package dk.pulje.it.workflow;

import dk.pulje.application.fund.FundService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.ApplicationRegistrationService;
import dk.pulje.application.project.FundChoice;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.RegisterApplication;
import dk.pulje.application.project.RegisterApplication.ContactLine;
import dk.pulje.application.project.RegisterApplication.Goal;
import dk.pulje.application.project.RegisterApplication.PartnerLine;
import dk.pulje.domain.model.fund.Fund;
import dk.pulje.domain.model.fund.FundingRound;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.Organisation;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.Project;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registering an application in one command: everything saved together, or nothing at all; only in one's own funds. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ApplicationRegistrationIT {

    private static final Locale DA = new Locale("da");

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ApplicationRegistrationIT.class, TestData.class, WorkflowFixture.class);
    }

    @Inject
    ApplicationRegistrationService registrations;

    @Inject
    ProjectDetailService details;

    @Inject
    FundService funds;

    @Inject
    OrganisationService organisations;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void theWholeApplicationIsRegisteredInOneGo() {
        WorkflowFixture fixture = new WorkflowFixture(funds, organisations, registrations);
        long aalborg = TestData.library(organisations, TestData.unique("Aalborg Bibliotekerne"));
        long aabenraa = TestData.library(organisations, TestData.unique("Aabenraa Bibliotek"));
        String title = TestData.unique("AI i borgernes hænder");
        String newTheme = TestData.unique("Kunstig intelligens");
        long projectId = registrations.register(new RegisterApplication(fixture.fundId, fixture.roundId, fixture.openPool,
                title, ProjectType.DEVELOPMENT, null, fixture.owner, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
                "Randers", List.of(newTheme, "grøn omstilling"), List.of("Borgere med lav digital kompetence", "Bibliotekarer"),
                "Borgerne skal forstå AI.", List.of("Spor 1: Viden", "Spor 2: Redskaber", "Spor 3: Dialog"),
                List.of(new Goal("300 borgere deltager", "Antal deltagere; tilfredshed")),
                List.of(new PartnerLine(aalborg, PartnerRole.PARTICIPANT), new PartnerLine(aabenraa, PartnerRole.TEST_SITE)),
                List.of(new ContactLine(fixture.owner, "Mette Jensen", "Projektleder", "mette@example.dk", null, "projektleder"),
                        new ContactLine(aalborg, "Ole Hansen", null, null, null, "kontakt i Aalborg")),
                Money.dkk("1200000"), Money.dkk("457000")));

        ProjectDetail project = details.detail(projectId).orElseThrow();
        assertEquals(title, project.title());
        assertEquals(ProjectStatus.APPLICATION_RECEIVED, project.status());
        assertEquals("Runde 2026", project.roundName());
        assertEquals(LocalDate.of(2025, 12, 31), project.endDate());
        assertEquals("Randers", project.town());
        assertEquals(Money.dkk("1200000"), project.totalSum());
        assertEquals(Money.dkk("457000"), project.grant().applied());
        assertNull(project.grant().granted(), "applied for, not decided");
        assertEquals("Åben pulje", project.grant().subPool());
        assertEquals(2, project.partners().size());
        assertEquals(List.of("Mette Jensen", "Ole Hansen"), project.contacts().stream().map(ProjectDetail.ContactView::name).toList());
        assertEquals(List.of("projektleder", "kontakt i Aalborg"), project.contacts().stream().map(ProjectDetail.ContactView::role).toList());
        assertEquals(List.of("300 borgere deltager"), project.goals().stream().map(ProjectDetail.GoalView::description).toList());
        assertEquals(3, project.activities().size());
        assertEquals(2, project.targetGroups().size());
        assertTrue(project.themes().contains("Grøn omstilling"), "the known theme, whatever the case typed: " + project.themes());
        assertTrue(project.themes().contains(newTheme));
    }

    @Test
    void aMaturationProjectLeadsToItsFollowUp() {
        WorkflowFixture fixture = new WorkflowFixture(funds, organisations, registrations);
        long larger = fixture.application("Det store projekt", null);
        long maturation = registrations.register(new RegisterApplication(fixture.fundId, null, null,
                TestData.unique("Modningsprojekt"), ProjectType.MATURATION, larger, fixture.owner, null, null, null,
                null, null, null, null, null, null, null, null, null));
        assertEquals(larger, details.detail(maturation).orElseThrow().followUp().id());
        assertTrue(registrations.followUpCandidates("det store", 10).stream().anyMatch(o -> o.id() == larger));

        RuleViolation notMaturation = assertThrows(RuleViolation.class, () -> registrations.register(new RegisterApplication(
                fixture.fundId, null, null, TestData.unique("Udvikling"), ProjectType.DEVELOPMENT, larger, null, null,
                null, null, null, null, null, null, null, null, null, null, null)));
        assertEquals("project.followUpOnlyForMaturation", notMaturation.key());
    }

    @Test
    void aRuleBrokenByALateRowLeavesNothingBehind() {
        WorkflowFixture fixture = new WorkflowFixture(funds, organisations, registrations);
        String title = TestData.unique("Halvt registreret");
        String theme = TestData.unique("Tema der ikke må oprettes");
        // The owner also as a partner: refused after the project, its themes and parts were already built.
        RuleViolation ownerAsPartner = assertThrows(RuleViolation.class, () -> registrations.register(application(fixture,
                title, theme, List.of(new PartnerLine(fixture.owner, PartnerRole.PARTICIPANT)), List.of(), fixture.openPool)));
        assertEquals("project.ownerIsNotPartner", ownerAsPartner.key());
        assertNothingSaved(title, theme);

        // A contact of an organisation that is not in the project: refused after the project was persisted.
        long outsider = TestData.library(organisations, TestData.unique("Udenforstående"));
        RuleViolation contact = assertThrows(RuleViolation.class, () -> registrations.register(application(fixture,
                title, theme, List.of(), List.of(new ContactLine(outsider, "Karen Udenfor", null, null, null, "kontakt")),
                fixture.openPool)));
        assertEquals("registration.contactOutsideProject", contact.key());
        assertTrue(contact.messageIn(DA).endsWith("hører ikke til projektejeren eller en projektdeltager. Vælg en organisation i projektet."));
        assertNothingSaved(title, theme);
        assertEquals(0L, em.createQuery("select count(c) from ContactPerson c where c.name = 'Karen Udenfor'", Long.class)
                .getSingleResult());

        // The applied amount above the total: refused by the grant, the very last step.
        RuleViolation negative = assertThrows(RuleViolation.class, () -> registrations.register(new RegisterApplication(
                fixture.fundId, fixture.roundId, fixture.openPool, title, ProjectType.DEVELOPMENT, null, fixture.owner,
                null, null, null, List.of(theme), null, null, null, null, null, null, Money.dkk("100"), Money.dkk("-5"))));
        assertEquals("money.negative", negative.key());
        assertNothingSaved(title, theme);
    }

    @Test
    void aFundRoundOrFollowUpOutsideTheCallersFundsIsNotFound() throws Exception {
        long[] foreign = foreignFundWithRoundAndProject();
        RuleViolation fund = assertThrows(RuleViolation.class, () -> registrations.register(new RegisterApplication(
                foreign[0], null, null, "Indsmuglet", ProjectType.DEVELOPMENT, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null)));
        assertEquals("entity.notFound", fund.key());
        assertEquals(foreign[0], fund.arguments()[1]);

        WorkflowFixture fixture = new WorkflowFixture(funds, organisations, registrations);
        assertEquals("project.roundOfOtherFund", assertThrows(RuleViolation.class, () -> registrations.register(
                new RegisterApplication(fixture.fundId, foreign[1], null, "Fremmed runde", ProjectType.DEVELOPMENT, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null))).key());
        RuleViolation followUp = assertThrows(RuleViolation.class, () -> registrations.register(new RegisterApplication(
                fixture.fundId, null, null, "Fører til det fremmede", ProjectType.MATURATION, foreign[2], null, null,
                null, null, null, null, null, null, null, null, null, null, null)));
        assertEquals("entity.notFound", followUp.key());
        assertTrue(registrations.choices().stream().noneMatch(f -> f.id() == foreign[0]));
        assertTrue(registrations.followUpCandidates("fremmede projekt", 10).isEmpty());
    }

    @Test
    void theChoicesAreTheCallersFundsWithTheirRoundsAndSubPools() {
        WorkflowFixture fixture = new WorkflowFixture(funds, organisations, registrations);
        FundChoice fund = registrations.choices().stream().filter(f -> f.id() == fixture.fundId).findFirst().orElseThrow();
        assertEquals(List.of("Runde 2026"), fund.rounds().stream().map(FundChoice.RoundChoice::name).toList());
        assertEquals(List.of("Temapulje", "Åben pulje"), fund.rounds().get(0).subPools().stream().map(FundChoice.Option::name).toList());
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void regionalStaffRegisterNothing() {
        assertThrows(EJBAccessException.class, () -> registrations.choices());
        assertThrows(EJBAccessException.class, () -> registrations.register(new RegisterApplication(1, null, null,
                "Regionens", ProjectType.DEVELOPMENT, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null)));
    }

    @Test
    @AsDemoUser(DemoUser.RANDERS)
    void applicantsRegisterNothing() {
        assertThrows(EJBAccessException.class, () -> registrations.followUpCandidates("AI", 10));
        assertThrows(EJBAccessException.class, () -> registrations.register(new RegisterApplication(1, null, null,
                "Bibliotekets", ProjectType.DEVELOPMENT, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null)));
    }

    private static RegisterApplication application(WorkflowFixture fixture, String title, String theme,
                                                   List<PartnerLine> partners, List<ContactLine> contacts, long subPool) {
        return new RegisterApplication(fixture.fundId, fixture.roundId, subPool, title, ProjectType.DEVELOPMENT, null,
                fixture.owner, null, null, null, List.of(theme), List.of("Målgruppe"), null, List.of("Aktivitet"),
                List.of(new Goal("Mål", null)), partners, contacts, Money.dkk("100000"), Money.dkk("50000"));
    }

    private void assertNothingSaved(String title, String theme) {
        assertEquals(0L, em.createQuery("select count(p) from Project p where p.title = :title", Long.class)
                .setParameter("title", title).getSingleResult(), "no project");
        assertEquals(0L, em.createQuery("select count(t) from Theme t where t.name = :name", Long.class)
                .setParameter("name", theme).getSingleResult(), "no theme");
    }

    /** A fund nobody administers, with a round and a project, made straight in the database: {fund, round, project}. */
    private long[] foreignFundWithRoundAndProject() throws Exception {
        transaction.begin();
        try {
            Organisation funder = new Organisation(TestData.unique("Fremmed fond"), OrganisationType.AGENCY, null);
            em.persist(funder);
            Fund fund = new Fund(funder, TestData.unique("Fremmed pulje"), "FP");
            em.persist(fund);
            FundingRound round = new FundingRound(fund, "Fremmed runde", 2026, Money.dkk("1000000"));
            em.persist(round);
            Project project = new Project(fund, round, TestData.unique("Det fremmede projekt"), ProjectType.DEVELOPMENT,
                    ProjectStatus.UNDER_REVIEW);
            em.persist(project);
            em.flush();
            long[] ids = {fund.getId(), round.getId(), project.getId()};
            transaction.commit();
            return ids;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
