package dk.pulje.it.security;

import dk.pulje.application.project.NewProject;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectService;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.Urls;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stored {@code <script>} in a project title is shown as text on every page, never run. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.ADMIN)
class EscapingIT {

    private static final String ATTACK = "<script>alert('pulje')</script><img src=x onerror=alert(1)>";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(EscapingIT.class, TestData.class, Urls.class, WebClient.class);
    }

    @Inject
    ProjectService projects;

    @Inject
    ProjectCatalogService catalog;

    @Test
    void aStoredScriptIsShownAsText() {
        String title = "Angreb " + ATTACK;
        long id = projects.create(new NewProject(TestData.testFundId(), null, title,
                ProjectType.DEVELOPMENT, ProjectStatus.UNDER_REVIEW, null, null, null, "Xby", Money.dkk("1000")));

        WebClient browser = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        String page = browser.get("projects/view.xhtml?id=" + id).body();
        String list = browser.get("projects/list.xhtml").body();
        for (String html : new String[]{page, list}) {
            assertFalse(html.contains("<script>alert('pulje')"), "the script tag must not reach the page unescaped");
            assertFalse(html.contains("<img src=x onerror"), "nor the image");
        }
        assertTrue(page.contains("&lt;script&gt;alert("), "it is shown as text");
    }
}
