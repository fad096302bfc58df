package dk.pulje.it.domain;

import dk.pulje.application.grant.AmendGrant;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectChange.ChangeKind;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.organisation.OrganisationService;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.PartnerRole;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import dk.pulje.it.support.TestData;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who changed which amount, status, date or partner, when, and from what: never lost, readable per project. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class AuditTrailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(AuditTrailIT.class, TestData.class);
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

    @jakarta.persistence.PersistenceContext(unitName = "pulje")
    jakarta.persistence.EntityManager em;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction transaction;

    /**
     * An organisation written outside Pulje (by SQL, or before organisations were audited) has no snapshot in the audit
     * trail: the history still opens, and names it as it is now. It once failed the whole project page.
     */
    @Test
    void anOwnerTheAuditTrailHasNoSnapshotOfIsNamedAsItIsNow() throws Exception {
        long projectId = TestData.project(projects, catalog, TestData.unique("Uden spor"));
        String ownerName = TestData.unique("SQL-biblioteket");
        transaction.begin();
        long ownerId = ((Number) em.createNativeQuery(
                        "insert into organisation (name, type, town) values (?1, 'LIBRARY', 'Vejle') returning id")
                .setParameter(1, ownerName).getSingleResult()).longValue();
        transaction.commit();
        var project = details.detail(projectId).orElseThrow();
        projects.changeDetails(new dk.pulje.application.project.ChangeProjectDetails(projectId, project.version(),
                project.title(), null, ownerId, project.startDate(), project.endDate(), project.town(), null, project.totalSum()));

        ProjectChange owner = one(history.history(projectId), c -> "project".equals(c.area()) && "owner".equals(c.field()));
        assertEquals(ownerName, owner.after());
    }

    @Test
    void moneyStatusDatesAndPartnersAreAuditedWithTheirOldAndNewValues() {
        Instant started = Instant.now();
        long projectId = TestData.project(projects, catalog, TestData.unique("Revision"));
        String partnerName = TestData.unique("Partnerbibliotek");
        long partnerOrg = TestData.library(organisations, partnerName);
        long partnerId = projects.addPartner(projectId, version(projectId), partnerOrg, PartnerRole.TEST_SITE);
        projects.moveTo(projectId, version(projectId), ProjectStatus.GRANTED);

        long grantId = grants.registerApplication(projectId, null, Money.dkk("700000"));
        grants.decide(new DecideGrant(grantId, grantVersion(projectId), Money.dkk("600000"), LocalDate.of(2024, 12, 1),
                TestData.unique("J"), null));
        grants.amend(new AmendGrant(grantId, grantVersion(projectId), LocalDate.of(2025, 5, 1), "Forlænget",
                null, null, LocalDate.of(2026, 6, 30)));
        long paymentId = grants.planPayment(grantId, grantVersion(projectId), LocalDate.of(2025, 1, 15), Money.dkk("300000"), null);
        grants.recordPayment(grantId, grantVersion(projectId), paymentId, LocalDate.of(2025, 1, 16), Money.dkk("300000"));
        projects.removePartner(projectId, version(projectId), partnerId);

        List<ProjectChange> changes = history.history(projectId);

        ProjectChange granted = one(changes, c -> "grant".equals(c.area()) && "granted".equals(c.field()));
        assertEquals(null, granted.before());
        assertEquals(Money.dkk("600000"), granted.after());

        ProjectChange status = one(changes, c -> "project".equals(c.area()) && "status".equals(c.field()));
        assertEquals(ProjectStatus.UNDER_REVIEW, status.before());
        assertEquals(ProjectStatus.GRANTED, status.after());

        ProjectChange endDate = one(changes, c -> "project".equals(c.area()) && "endDate".equals(c.field()));
        assertEquals(LocalDate.of(2025, 12, 31), endDate.before());
        assertEquals(LocalDate.of(2026, 6, 30), endDate.after());

        ProjectChange paid = one(changes, c -> "payment".equals(c.area()) && "paidAmount".equals(c.field()));
        assertEquals(null, paid.before());
        assertEquals(Money.dkk("300000"), paid.after());

        assertEquals(ChangeKind.ADDED, one(changes, c -> "partner".equals(c.area()) && c.kind() == ChangeKind.ADDED).kind());
        ProjectChange removed = one(changes, c -> "partner".equals(c.area()) && c.kind() == ChangeKind.REMOVED);
        assertEquals(partnerName, removed.item(), "a removed partner is still named in the history");
        one(changes, c -> "amendment".equals(c.area()) && c.kind() == ChangeKind.ADDED && "Forlænget".equals(c.item()));

        for (ProjectChange change : changes) {
            assertEquals("admin", change.changedBy(), "changes carry the user who made them");
            assertTrue(!change.changedAt().isBefore(started.minusSeconds(5))
                    && Duration.between(change.changedAt(), Instant.now()).toMinutes() < 5, change.toString());
        }
        for (int i = 1; i < changes.size(); i++) {
            assertTrue(changes.get(i - 1).revision() >= changes.get(i).revision(), "newest first");
        }
    }

    @Test
    void aRefusedChangeLeavesNoTrace() {
        long projectId = TestData.project(projects, catalog, TestData.unique("Afvist"));
        int before = history.history(projectId).size();
        long version = version(projectId);
        assertEquals("project.statusTransition", org.junit.jupiter.api.Assertions.assertThrows(
                dk.pulje.domain.model.shared.RuleViolation.class,
                () -> projects.moveTo(projectId, version, ProjectStatus.CLOSED)).key());
        assertEquals(before, history.history(projectId).size());
        assertEquals(version, version(projectId));
    }

    private static ProjectChange one(List<ProjectChange> changes, Predicate<ProjectChange> which) {
        List<ProjectChange> found = changes.stream().filter(which).toList();
        assertEquals(1, found.size(), "expected one such change in " + changes);
        return found.get(0);
    }

    private long version(long projectId) {
        return details.detail(projectId).orElseThrow().version();
    }

    private long grantVersion(long projectId) {
        return details.detail(projectId).orElseThrow().grant().version();
    }
}
