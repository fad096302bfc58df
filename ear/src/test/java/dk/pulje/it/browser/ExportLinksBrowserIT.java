package dk.pulje.it.browser;

import dk.pulje.it.support.Accessibility;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: a list's download links follow the list. They are the page's address plus export=CSV|XLSX, and after an
 * ajax sort or filter (which changes the address without a reload) they carry the new sort and filter, never the page.
 */
@PuljeIntegrationTest
@RunAsClient
class ExportLinksBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void theProjectListsDownloadsFollowItsSortAndDrillDown() {
        long round = ForeignFund.roundId("Uddannelsespuljen 2024");
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/list.xhtml?round=" + round + "&lang=da");
        wait.until(d -> !d.findElements(By.className("pulje-project-link")).isEmpty());
        assertEquals("Hent listen som CSV", browser.findElement(By.id("export-csv")).getText());
        assertTrue(href("export-xlsx").endsWith("/projects/list.xhtml?round=" + round + "&export=XLSX"), href("export-xlsx"));
        Accessibility.assertNoViolations(browser, "project list with its downloads");

        browser.findElement(By.cssSelector("[id='projectsForm:projects:grantedColumn'] .ui-column-title")).click();
        settle();
        wait.until(d -> href("export-csv").contains("sort=granted"));
        assertTrue(href("export-csv").contains("round=" + round) && href("export-csv").endsWith("export=CSV"), href("export-csv"));
        assertTrue(href("export-xlsx").contains("sort=granted") && href("export-xlsx").endsWith("export=XLSX"), href("export-xlsx"));
        assertFalse(href("export-xlsx").contains("page="), "the download is the whole list, not a page");
    }

    @Test
    void theRoundPageOffersItsListAndItsReport() {
        long round = ForeignFund.roundId("Uddannelsespuljen 2024");
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "funds/round.xhtml?id=" + round + "&lang=en");
        wait.until(d -> !d.findElements(By.id("export-pdf")).isEmpty());
        assertEquals("Download the round report as PDF", browser.findElement(By.id("export-pdf")).getText());
        assertTrue(href("export-pdf").endsWith("/funds/round.xhtml?id=" + round + "&export=PDF"), href("export-pdf"));
        assertTrue(href("export-csv").endsWith("/funds/round.xhtml?id=" + round + "&export=CSV"), href("export-csv"));
    }

    private String href(String id) {
        return browser.findElement(By.id(id)).getAttribute("href");
    }
}
