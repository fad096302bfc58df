package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project page: partners, contacts, content, finances, reports and history of the seed projects. */
@PuljeIntegrationTest
@RunAsClient
class ProjectPageBrowserIT extends BrowserTest {

    private static final String MATURATION = "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeEach
    void logIn() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
    }

    @Test
    void theMaturationProjectShowsItsPartnersFinancingAndWhereItLeads() {
        openProject(MATURATION);
        assertEquals("Aarhus Kommunes Biblioteker", browser.findElement(By.id("project-owner")).getText());
        Browser.screenshot(browser, "project-overview");

        tab("Partnere og kontakter");
        List<String> partnerRows = rows("tabs:partners");
        assertTrue(partnerRows.contains("Ballerup Bibliotekerne Ballerup Styregruppe"), partnerRows.toString());
        assertTrue(partnerRows.contains("Roskilde Bibliotekerne Roskilde Testbibliotek"), partnerRows.toString());
        assertTrue(rows("tabs:contacts").stream().anyMatch(r -> r.startsWith("Lotte Duwe Nielsen Projektleder")));
        Browser.screenshot(browser, "project-partners");

        tab("Indhold");
        assertEquals(3, browser.findElements(By.cssSelector("#goals > li")).size());

        tab("Økonomi");
        assertEquals(4, rows("tabs:financing").size(), "Aarhus, Ballerup, P2PU and the grant");
        assertEquals("Kan ikke afgøres: beløb mangler", browser.findElement(By.id("own-financing-check")).getText());
        Browser.scrollTo(browser, browser.findElement(By.id("tabs:financing")));
        Browser.screenshot(browser, "project-finances");

        tab("Overblik");
        browser.findElement(By.id("tabs:follow-up-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("project-title"), "Læringsfællesskaber for en bæredygtig fremtid"));
        assertTrue(browser.getPageSource().contains(MATURATION), "the follow-up names the project that prepared it");
    }

    @Test
    void anOverdueReportAndTheHistoryAreShown() {
        openProject("AI i borgernes hænder");
        tab("Rapporter og milepæle");
        List<String> reports = rows("tabs:reportTable");
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).startsWith("Slutrapport 31. december 2025 Overskredet"), reports.get(0));

        tab("Historik");
        List<String> history = rows("tabs:historyTable");
        assertTrue(history.stream().anyMatch(r -> r.contains("system") && r.contains("Projekt: tilføjet")), history.toString());
        assertTrue(history.stream().anyMatch(r -> r.contains("Projektdeltager – Aalborg Bibliotekerne: tilføjet")),
                "the item set off from what it is: " + history);
        Browser.screenshot(browser, "project-history");
    }

    @Test
    void aRegionalProjectShowsItsGrantAndTheFinancingGap() {
        openProject("EuroSkills 2025");
        assertEquals("Revideret regnskab (over 500.000 kr.)", browser.findElement(By.id("project-accounts-tier")).getText());
        assertEquals("Temapulje", browser.findElement(By.id("project-subpool")).getText());
        tab("Økonomi");
        assertEquals("5.063.000 kr.", browser.findElement(By.id("financing-gap")).getText(),
                "11.063.000 kr. total, 6.000.000 kr. granted, the rest's sources not stated");
    }

    @Test
    void anUnknownProjectIsNotFound() {
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=999999999");
        assertTrue(browser.findElements(By.id("project-title")).isEmpty());
    }

    private void openProject(String title) {
        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        WebElement filter = browser.findElement(By.id("projectsForm:projects:titleColumn:filter"));
        filter.sendKeys(title.substring(0, Math.min(title.length(), 20)));
        wait.until(d -> d.findElements(By.linkText(title)).size() == 1
                && d.findElement(By.className("ui-paginator-current")).getText().contains("af"));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.textToBe(By.id("project-title"), title));
    }

    private void tab(String title) {
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        wait.until(d -> d.findElement(By.xpath("//ul[@role='tablist']//li[.//a[normalize-space()='" + title + "']]"))
                .getAttribute("class").contains("ui-state-active"));
    }

    private List<String> rows(String tableId) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream()
                .map(WebElement::getText)
                .map(text -> text.replace('\n', ' ').strip())
                .filter(text -> !text.isEmpty())
                .toList();
    }
}
