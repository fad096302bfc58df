package dk.pulje.it.domain;

import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.BudgetCategory;
import dk.pulje.domain.model.project.FinancingKind;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ReportType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import dk.pulje.it.support.Statements;
import dk.pulje.it.support.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading one project page costs the same number of SQL statements whatever the number of partners, budget and
 * financing lines, payments, reports and milestones: no N+1, proven with Hibernate's statistics.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ProjectDetailStatementsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ProjectDetailStatementsIT.class, Statements.class, TestData.class);
    }

    @PersistenceUnit(unitName = "pulje")
    EntityManagerFactory emf;

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

    @Test
    void theStatementCountDoesNotGrowWithTheProject() {
        long small = build(1);
        long large = build(20);

        long smallCount = statementsFor(small, 1);
        long largeCount = statementsFor(large, 20);

        assertEquals(smallCount, largeCount, "a project 20 times larger costs the same number of statements");
        // 2 to read the caller's scope (funds, organisations), 1 for the project, 1 per part (14).
        assertTrue(largeCount <= 17, "the caller's scope, the project and one per part: " + largeCount);
    }

    private long statementsFor(long projectId, int expectedParts) {
        AtomicReference<ProjectDetail> detail = new AtomicReference<>();
        long count = Statements.countWhile(emf, () -> detail.set(details.detail(projectId).orElseThrow()));
        // The page really holds all parts: a lazy list left unread would make the count meaningless.
        assertEquals(expectedParts, detail.get().partners().size());
        assertEquals(expectedParts, detail.get().budget().size());
        assertEquals(expectedParts, detail.get().financing().size());
        assertEquals(expectedParts, detail.get().reports().size());
        assertEquals(expectedParts, detail.get().milestones().size());
        assertEquals(expectedParts, detail.get().grant().payments().size());
        return count;
    }

    /** A project with {@code parts} of every kind, each added as an editor would: with the version they see. */
    private long build(int parts) {
        long id = TestData.project(projects, catalog, TestData.unique("Statements"));
        for (int i = 0; i < parts; i++) {
            long organisation = TestData.library(organisations, TestData.unique("Bibliotek"));
            projects.addPartner(id, version(id), organisation, PartnerRole.PARTICIPANT);
            projects.addBudgetLine(id, version(id), BudgetCategory.ACTIVITIES, 2025, Money.dkk("1000"), null);
            projects.addFinancing(id, version(id), FinancingKind.OWN_HOURS, organisation, Money.dkk("500"), null);
            projects.requireReport(id, version(id), ReportType.STATUS, LocalDate.of(2025, 3, 1).plusDays(i));
            projects.addMilestone(id, version(id), "Milepæl " + i, LocalDate.of(2025, 6, 1).plusDays(i));
        }
        long grantId = grants.registerApplication(id, null, Money.dkk("500000"));
        grants.decide(new DecideGrant(grantId, grantVersion(id), Money.dkk("400000"), LocalDate.of(2024, 12, 1), null, null));
        for (int i = 0; i < parts; i++) {
            grants.planPayment(grantId, grantVersion(id), LocalDate.of(2025, 1, 1).plusDays(i), Money.dkk("1000"), null);
        }
        return id;
    }

    private long version(long projectId) {
        return details.detail(projectId).orElseThrow().version();
    }

    private long grantVersion(long projectId) {
        return details.detail(projectId).orElseThrow().grant().version();
    }
}
