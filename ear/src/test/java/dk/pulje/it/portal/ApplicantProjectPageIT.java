package dk.pulje.it.portal;

import dk.pulje.application.history.ProjectChange;
import dk.pulje.application.history.ProjectHistoryService;
import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectDetailService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project page as the applicant reads it never holds the fund's internal note: not on any tab (the page renders
 * every tab) and not in the history, where a changed note would otherwise say what it was before and after. The same
 * page read by the fund's administrator holds both texts, so the test could fail.
 */
@PuljeIntegrationTest
class ApplicantProjectPageIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(ApplicantProjectPageIT.class, TestData.class, WebClient.class, dk.pulje.it.support.Urls.class);
    }

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    ProjectService projects;

    @Inject
    ProjectDetailService details;

    @Inject
    ProjectHistoryService histories;

    @Test
    void theApplicantsPageAndHistoryNeverHoldTheInternalNote() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String title = "Notetest " + token;
        String first = "Første interne vurdering " + token;
        String second = "Anden interne vurdering " + token;
        long randers = ((Number) em.createNativeQuery("select id from organisation where name = 'Randers Bibliotek'")
                .getSingleResult()).longValue();
        long id = DemoUser.ADMIN.call(() -> projects.create(new NewProject(TestData.testFundId(), null, title,
                ProjectType.DEVELOPMENT, ProjectStatus.ACTIVE, randers, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "Randers", Money.dkk("400000"))));
        for (String note : List.of(first, second)) {
            long version = DemoUser.ADMIN.call(() -> details.detail(id).orElseThrow().version());
            DemoUser.ADMIN.call(() -> {
                projects.noteInternally(id, version, note);
                return null;
            });
        }

        String adminPage = WebClient.loggedIn("admin", DemoUser.PASSWORD).get("projects/view.xhtml?id=" + id + "&tab=history").body();
        assertTrue(adminPage.contains(second), "the administrator reads the note");
        assertTrue(adminPage.contains(first), "and, in the history, what it said before");

        for (String tab : List.of("overview", "people", "content", "finances", "reports", "history")) {
            String applicantPage = WebClient.loggedIn("randers", DemoUser.PASSWORD)
                    .get("projects/view.xhtml?id=" + id + "&tab=" + tab).body();
            assertTrue(applicantPage.contains(title), "randers reads the project of Randers Bibliotek");
            assertTrue(applicantPage.contains("back-my-projects"), "and goes back to Mine projekter");
            assertFalse(applicantPage.contains("interne vurdering"), "never the internal note, tab " + tab);
            assertFalse(applicantPage.contains("internal-note"), "nor its panel, tab " + tab);
        }

        List<ProjectChange> applicantsHistory = DemoUser.RANDERS.call(() -> histories.history(id));
        assertFalse(applicantsHistory.isEmpty(), "randers reads the project's history");
        assertTrue(applicantsHistory.stream().noneMatch(c -> "internalNote".equals(c.field())),
                "without the internal note's changes");
        assertTrue(DemoUser.ADMIN.call(() -> histories.history(id)).stream().filter(c -> "internalNote".equals(c.field())).count() >= 2);
        assertEquals(null, DemoUser.RANDERS.call(() -> details.detail(id).orElseThrow().internalNote()));
    }
}
