package dk.pulje.it.domain;

import dk.pulje.application.grant.AmendGrant;
import dk.pulje.application.grant.DecideGrant;
import dk.pulje.application.grant.GrantService;
import dk.pulje.application.project.ChangeProjectDetails;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDetail;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.ConcurrentChange;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two administrators saving the same grant: the second is told, and nothing is silently overwritten. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class ConcurrentEditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ConcurrentEditIT.class, TestData.class, GrantRace.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    GrantService grants;

    @Inject
    ProjectCatalogService catalog;

    @Inject
    ProjectDetailService details;

    @Inject
    GrantRace race;

    @Test
    void theSecondEditorOfAGrantGetsAClearConflictAndTheFirstEditStands() {
        long projectId = decidedProject(Money.dkk("600000"));
        ProjectDetail seenByBoth = details.detail(projectId).orElseThrow();
        long grantId = seenByBoth.grant().id();
        long version = seenByBoth.grant().version();

        grants.amend(new AmendGrant(grantId, version, LocalDate.of(2025, 2, 1), "Administrator A: flere workshops",
                Money.dkk("650000"), null, null));
        ConcurrentChange conflict = assertThrows(ConcurrentChange.class, () -> grants.amend(new AmendGrant(grantId,
                version, LocalDate.of(2025, 2, 1), "Administrator B: færre workshops", Money.dkk("550000"), null, null)));

        assertEquals("admin", conflict.changedBy(), "the administrator who saved first is named");
        assertNotNull(conflict.changedAt());
        assertTrue(Duration.between(conflict.changedAt(), Instant.now()).abs().toMinutes() < 5);
        assertTrue(conflict.messageIn(new Locale("da")).startsWith("Bevillingen er blevet ændret af admin "),
                conflict.messageIn(new Locale("da")));
        assertTrue(conflict.messageIn(Locale.ENGLISH).contains("Your changes have not been saved"));

        ProjectDetail after = details.detail(projectId).orElseThrow();
        assertEquals(Money.dkk("650000"), after.granted(), "A's change stands");
        assertEquals(1, after.grant().amendments().size(), "B's amendment was not written");
    }

    @Test
    void twoSavesAtTheSameMomentCannotBothWin() throws Exception {
        long projectId = decidedProject(Money.dkk("600000"));
        long grantId = details.detail(projectId).orElseThrow().grant().id();
        CyclicBarrier bothHaveRead = new CyclicBarrier(2);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            List<Future<Money>> saves = new ArrayList<>();
            for (String amount : new String[]{"610000", "620000"}) {
                saves.add(editors.submit(() -> race.amendAfterBothHaveRead(grantId, Money.dkk(amount), bothHaveRead)));
            }
            List<Money> won = new ArrayList<>();
            List<Throwable> lost = new ArrayList<>();
            for (Future<Money> save : saves) {
                try {
                    won.add(save.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    lost.add(e.getCause());
                }
            }
            assertEquals(1, won.size(), "exactly one save wins");
            assertEquals(1, lost.size(), "the other loses");
            assertInstanceOf(ConcurrentChange.class, lost.get(0), "and is told so clearly: " + lost.get(0));
            ProjectDetail after = details.detail(projectId).orElseThrow();
            assertEquals(won.get(0), after.granted());
            assertEquals(1, after.grant().amendments().size());
        } finally {
            editors.shutdownNow();
        }
    }

    @Test
    void twoEditorsOfTheSameProjectSeeEachOtherEvenWhenChangingDifferentParts() {
        long projectId = TestData.project(projects, catalog, TestData.unique("Samtidig"));
        long version = details.detail(projectId).orElseThrow().version();
        projects.addMilestone(projectId, version, "Kickoff", LocalDate.of(2025, 2, 1));
        assertThrows(ConcurrentChange.class, () -> projects.changeDetails(new ChangeProjectDetails(projectId, version,
                "Ny titel", null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "Odense", null,
                Money.dkk("1000000"))));
        assertTrue(details.detail(projectId).orElseThrow().title().startsWith("Samtidig"));
    }

    private long decidedProject(Money granted) {
        long projectId = TestData.project(projects, catalog, TestData.unique("Konflikt"));
        long grantId = grants.registerApplication(projectId, null, granted);
        grants.decide(new DecideGrant(grantId, 0, granted, LocalDate.of(2024, 12, 1), null, null));
        return projectId;
    }
}
