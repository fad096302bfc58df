package dk.pulje.it.domain;

import dk.pulje.application.grant.AmendGrant;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.organisation.NewOrganisation;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.ChangeProjectDetails;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import dk.pulje.it.support.TestData;
import jakarta.annotation.Resource;
import dk.pulje.application.project.EndProject;
import dk.pulje.application.project.ProjectWorkflowService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules hold through the services and the database too, and a refused change leaves nothing half-written. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class RulesThroughServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(RulesThroughServicesIT.class, TestData.class);
    }

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

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aJournalNumberNamesOneGrant() {
        String journal = TestData.unique("RM-J");
        String firstTitle = TestData.unique("Første");
        long first = TestData.project(projects, catalog, firstTitle);
        long firstGrant = grants.registerApplication(first, null, null);
        grants.decide(new DecideGrant(firstGrant, 0, Money.dkk("100000"), LocalDate.of(2024, 6, 1), journal, null));

        long second = TestData.project(projects, catalog, TestData.unique("Anden"));
        long secondGrant = grants.registerApplication(second, null, null);
        RuleViolation e = assertThrows(RuleViolation.class, () -> grants.decide(
                new DecideGrant(secondGrant, 0, Money.dkk("200000"), LocalDate.of(2024, 6, 1), " " + journal + " ", null)));
        assertEquals("Journalnummeret " + journal + " bruges allerede af bevillingen til " + firstTitle + ".",
                e.messageIn(new Locale("da")));
        assertNull(details.detail(second).orElseThrow().granted(), "the refused decision was not saved");
    }

    @Test
    void aChangeThatBreaksARuleHalfwayIsRolledBackWhole() {
        String title = TestData.unique("Helhed");
        long projectId = TestData.project(projects, catalog, title);
        long grantId = grants.registerApplication(projectId, null, null);
        grants.decide(new DecideGrant(grantId, 0, Money.dkk("800000"), LocalDate.of(2024, 6, 1), null, null));
        long version = details.detail(projectId).orElseThrow().version();

        // The new title and dates are set on the project before the new total is found to be below the grant.
        RuleViolation e = assertThrows(RuleViolation.class, () -> projects.changeDetails(new ChangeProjectDetails(
                projectId, version, "Omdøbt", "Ny beskrivelse", null, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 11, 30), "Vejle", null, Money.dkk("700000"))));
        assertEquals("grant.exceedsTotal", e.key());

        ProjectDetail after = details.detail(projectId).orElseThrow();
        assertEquals(title, after.title());
        assertEquals(LocalDate.of(2025, 1, 1), after.startDate());
        assertEquals("Odense", after.town());
        assertEquals(Money.dkk("1000000"), after.totalSum());
        assertEquals(version, after.version());
    }

    @Test
    void aPaymentAboveTheGrantIsRefusedAndNothingIsPaid() {
        long projectId = TestData.project(projects, catalog, TestData.unique("Rate"));
        long grantId = grants.registerApplication(projectId, null, null);
        grants.decide(new DecideGrant(grantId, 0, Money.dkk("100000"), LocalDate.of(2024, 6, 1), null, null));
        long payment = grants.planPayment(grantId, grantVersion(projectId), null, Money.dkk("100000"), null);
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> grants.recordPayment(grantId, grantVersion(projectId), payment, LocalDate.of(2024, 7, 1), Money.dkk("100000.01")));
        assertTrue(e.messageIn(Locale.ENGLISH).startsWith("The payment of DKK 100,000.01 exceeds what is left of the grant (DKK 100,000)"),
                e.messageIn(Locale.ENGLISH));
        assertEquals(Money.zero(Money.DKK), details.detail(projectId).orElseThrow().grant().paid());
    }

    @Test
    void aCvrNumberIsCheckedAndNamesOneOrganisation() {
        RuleViolation typo = assertThrows(RuleViolation.class, () -> organisations.register(
                new NewOrganisation(TestData.unique("Skole"), OrganisationType.SCHOOL, "12345675", null, null, null, "DK")));
        assertEquals("organisation.cvrCheckDigit", typo.key());
        String first = TestData.unique("Skole");
        organisations.register(new NewOrganisation(first, OrganisationType.SCHOOL, "DK 40 00 00 03", null, null, null, "DK"));
        RuleViolation taken = assertThrows(RuleViolation.class, () -> organisations.register(
                new NewOrganisation(TestData.unique("Skole"), OrganisationType.SCHOOL, "40000003", null, null, null, "DK")));
        assertEquals("CVR-nummeret 40000003 er allerede registreret på " + first + ".", taken.messageIn(new Locale("da")));
    }

    @Test
    void anAliasFindsItsOrganisationAndCannotNameAnother() {
        String name = TestData.unique("Gymnasium");
        long id = organisations.register(new NewOrganisation(name, OrganisationType.SCHOOL, null, "Lemvig", null, null, "DK"));
        organisations.addAlias(id, 0, name.replace("Gymnasium", "Gymnasie"));
        assertEquals(id, organisations.findByNameOrAlias(name.replace("Gymnasium", "GYMNASIE")).orElseThrow().id());
        long other = organisations.register(new NewOrganisation(TestData.unique("Skole"), OrganisationType.SCHOOL, null, null, null, null, "DK"));
        assertEquals("organisation.nameTaken", assertThrows(RuleViolation.class,
                () -> organisations.addAlias(other, 0, name)).key());
    }

    @Test
    void theDatabaseKeepsTheRulesEvenWhenTheCodeIsBypassed() throws Exception {
        long projectId = TestData.project(projects, catalog, TestData.unique("Database"));
        transaction.begin();
        try {
            Exception e = assertThrows(Exception.class, () -> em.createNativeQuery(
                    "update project set total_amount = -1 where id = " + projectId).executeUpdate());
            assertTrue(String.valueOf(rootCause(e).getMessage()).contains("check constraint"), rootCause(e).getMessage());
        } finally {
            transaction.rollback();
        }
        assertEquals(Money.dkk("1000000"), details.detail(projectId).orElseThrow().totalSum());
    }

    /** ProjectStatus says it; the aggregates keep it, so every service (and any later import or API) is refused alike. */
    @Test
    void aWithdrawnProjectTakesNoMoreChangesOfMoney() {
        long projectId = TestData.project(projects, catalog, TestData.unique("Trukket"));
        long grantId = grants.registerApplication(projectId, null, Money.dkk("500000"));
        grants.decide(new DecideGrant(grantId, 0, Money.dkk("400000"), LocalDate.of(2024, 6, 1), null, null));
        long payment = grants.planPayment(grantId, grantVersion(projectId), null, Money.dkk("100000"), null);
        workflow.withdraw(new EndProject(projectId, details.detail(projectId).orElseThrow().version(), "Projektlederen er fratrådt"));
        long version = details.detail(projectId).orElseThrow().version();

        RuleViolation e = assertThrows(RuleViolation.class,
                () -> grants.planPayment(grantId, grantVersion(projectId), null, Money.dkk("1000"), null));
        assertEquals("Projektet har status \"Trukket tilbage\", så dets beløb kan ikke længere ændres.", e.messageIn(new Locale("da")));
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class, () -> grants.recordPayment(
                grantId, grantVersion(projectId), payment, LocalDate.of(2024, 7, 1), Money.dkk("100000"))).key());
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class, () -> grants.amend(new AmendGrant(
                grantId, grantVersion(projectId), LocalDate.of(2024, 8, 1), "Forhøjelse", Money.dkk("450000"), null, null))).key());
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class, () -> projects.addBudgetLine(
                projectId, version, BudgetCategory.ACTIVITIES, 2025, Money.dkk("1000"), null)).key());
        assertEquals("project.moneyFinal", assertThrows(RuleViolation.class, () -> projects.changeDetails(new ChangeProjectDetails(
                projectId, version, "Omdøbt", null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Odense", null,
                Money.dkk("2000000")))).key());

        ProjectDetail after = details.detail(projectId).orElseThrow();
        assertEquals(Money.dkk("1000000"), after.totalSum());
        assertEquals(Money.dkk("400000"), after.grant().granted());
        assertEquals(1, after.grant().payments().size());
        assertEquals(Money.zero(Money.DKK), after.grant().paid());
        assertTrue(after.budget().isEmpty());

        // What is not money still changes: the same total with a new title is saved.
        projects.changeDetails(new ChangeProjectDetails(projectId, version, "Omdøbt", null, null, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "Odense", null, Money.dkk("1000000.00")));
        assertEquals("Omdøbt", details.detail(projectId).orElseThrow().title());
    }

    /** Every sum adds kroner; the database refuses another currency even when the code is bypassed. */
    @Test
    void theDatabaseRefusesAmountsInAnotherCurrency() throws Exception {
        long projectId = TestData.project(projects, catalog, TestData.unique("Valuta"));
        transaction.begin();
        try {
            Exception e = assertThrows(Exception.class, () -> em.createNativeQuery(
                    "update project set total_currency = 'EUR' where id = " + projectId).executeUpdate());
            assertTrue(String.valueOf(rootCause(e).getMessage()).contains("project_total_dkk"), rootCause(e).getMessage());
        } finally {
            transaction.rollback();
        }
        assertEquals(Money.dkk("1000000"), details.detail(projectId).orElseThrow().totalSum());
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private long grantVersion(long projectId) {
        return details.detail(projectId).orElseThrow().grant().version();
    }
}
