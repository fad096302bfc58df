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
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dashboard figure's drill-down, as regional staff meet it: the project list opened with the dashboards' filters
 * shows exactly those projects, names the filters as chips, keeps them while sorting, and lets each be removed.
 */
@PuljeIntegrationTest
@RunAsClient
class ProjectDrillDownBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void randersInTheRegionalRoundIsSixProjectsUntilTheChipsAreRemoved() {
        long round = ForeignFund.roundId("Uddannelsespuljen 2024");
        Browser.login(browser, "region", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/list.xhtml?town=Randers&round=" + round + "&lang=da");
        wait.until(d -> !d.findElements(By.className("pulje-project-link")).isEmpty());
        // Written from the press release: six of the round's fifteen projects are in Randers.
        assertEquals(6, rows());
        String chips = browser.findElement(By.id("drill-down-chips")).getText();
        assertTrue(chips.startsWith("Filtreret på:"), chips);
        assertTrue(browser.findElement(By.id("chip-town")).getText().startsWith("By: Randers"), chips);
        assertTrue(browser.findElement(By.id("chip-round")).getText().startsWith("Runde: Uddannelsespuljen · Uddannelsespuljen 2024"),
                chips);
        Accessibility.assertNoViolations(browser, "project list drilled down");
        Browser.screenshot(browser, "dashboard-drill-down");

        // Sorting keeps the drill-down: the same six, and the address still names them.
        browser.findElement(By.cssSelector("[id='projectsForm:projects:grantedColumn'] .ui-column-title")).click();
        settle();
        wait.until(d -> d.getCurrentUrl().contains("sort=granted"));
        assertEquals(6, rows());
        assertTrue(browser.getCurrentUrl().contains("town=Randers") && browser.getCurrentUrl().contains("round=" + round),
                browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("chip-remove-town")).getAttribute("href").contains("sort=granted"),
                "the remove link keeps the sort");

        // Removing the town leaves the round: its fifteen projects, sorted as before.
        browser.findElement(By.id("chip-remove-town")).click();
        wait.until(d -> d.findElements(By.id("chip-town")).isEmpty());
        assertEquals(15, rows());
        assertTrue(browser.getCurrentUrl().contains("sort=granted"));

        // Removing the round too: the whole portfolio, no chips.
        browser.findElement(By.id("chip-remove-round")).click();
        wait.until(d -> d.findElements(By.id("drill-down-chips")).isEmpty());
        assertTrue(total() > 15, "all of region's projects: " + total());
    }

    @Test
    void aForgedRoundShowsNothing() {
        long foreignRound = ForeignFund.ensure()[1];
        Browser.login(browser, "region", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/list.xhtml?round=" + foreignRound + "&lang=da");
        wait.until(d -> !d.findElements(By.id("chip-round")).isEmpty());
        assertEquals("Runde: #" + foreignRound, browser.findElement(By.id("chip-round")).getText().replace("✕", "").strip());
        assertEquals(0, browser.findElements(By.className("pulje-project-link")).size());
    }

    private int rows() {
        return browser.findElements(By.className("pulje-project-link")).size();
    }

    /** The paginator's "Projekter 1–25 af N". */
    private int total() {
        String report = browser.findElement(By.className("ui-paginator-current")).getText();
        List<String> numbers = List.of(report.replaceAll("[^0-9]+", " ").strip().split(" "));
        return Integer.parseInt(numbers.get(numbers.size() - 1));
    }
}
