package dk.pulje.it.domain;

import dk.pulje.application.grant.AmendGrant;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The grant keeps Σ planned of its tranches in project_grant.planned_total (V12), which the work list of grants not
 * fully planned filters, counts and sorts by. Read back from the database after every kind of change through the
 * services, it equals Σ planned_amount of the grant's rows in payment: plan, pay (a paid tranche stays planned, at its
 * planned amount, whatever was paid), remove, amend, and a refused plan.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class GrantPlannedTotalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(GrantPlannedTotalIT.class, TestData.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    GrantService grants;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectDetailService details;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Test
    void theKeptSumEqualsTheTranchesAfterEveryKindOfChange() {
        long projectId = TestData.project(projects, catalog, TestData.unique("Planlagt sum"));
        long grant = grants.registerApplication(projectId, null, null);
        grants.decide(new DecideGrant(grant, 0, Money.dkk("600000"), LocalDate.of(2024, 6, 1), null, null));
        assertKept(grant, "0");

        long first = grants.planPayment(grant, grantVersion(projectId), LocalDate.of(2024, 9, 1), Money.dkk("200000"), null);
        assertKept(grant, "200000");
        long second = grants.planPayment(grant, grantVersion(projectId), LocalDate.of(2025, 3, 1), Money.dkk("150000.50"), null);
        long third = grants.planPayment(grant, grantVersion(projectId), null, Money.dkk("100000"), null);
        assertKept(grant, "450000.50");

        grants.recordPayment(grant, grantVersion(projectId), first, LocalDate.of(2024, 9, 2), Money.dkk("180000"), "B-1");
        assertKept(grant, "450000.50");

        grants.removePayment(grant, grantVersion(projectId), second);
        assertKept(grant, "300000");

        assertEquals("payment.planExceedsGranted", assertThrows(RuleViolation.class,
                () -> grants.planPayment(grant, grantVersion(projectId), null, Money.dkk("300000.01"), null)).key());
        assertKept(grant, "300000");

        grants.amend(new AmendGrant(grant, grantVersion(projectId), LocalDate.of(2025, 1, 10), "Tillæg",
                Money.dkk("700000"), null, null));
        assertKept(grant, "300000");
        grants.planPayment(grant, grantVersion(projectId), LocalDate.of(2025, 6, 1), Money.dkk("400000"), null);
        assertKept(grant, "700000");

        grants.removePayment(grant, grantVersion(projectId), third);
        assertKept(grant, "600000");
    }

    private void assertKept(long grant, String expected) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select g.planned_total, coalesce((select sum(pm.planned_amount) from payment pm where pm.grant_id = g.id), 0)
                from project_grant g where g.id = ?1""").setParameter(1, grant).getSingleResult();
        BigDecimal kept = (BigDecimal) row[0];
        BigDecimal tranches = (BigDecimal) row[1];
        assertEquals(0, kept.compareTo(tranches), "kept " + kept + ", tranches " + tranches);
        assertEquals(0, kept.compareTo(new BigDecimal(expected)), "kept " + kept + ", expected " + expected);
    }

    private long grantVersion(long projectId) {
        return details.detail(projectId).orElseThrow().grant().version();
    }
}
