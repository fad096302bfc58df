package dk.pulje.it.browser;

import dk.pulje.domain.model.money.MoneyFormat;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SeedDocument;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions 6–8 as regional staff click them (issue 11): from the hub to a comparison of the two demo funds, to the
 * organisations under a filter and on to the project list, and to what the maturation project led to; each view's
 * CSV export. Screenshots for the user guide.
 */
@PuljeIntegrationTest
@RunAsClient
class ComparisonsBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    private final SeedDocument seed = SeedDocument.regionMidtjylland2024();
    private final MoneyFormat danish = MoneyFormat.danish();

    @BeforeEach
    void logIn() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
    }

    @Test
    void twoFundsSideBySideInThreeClicks() {
        browser.get(Browser.baseUrl());
        browser.findElement(By.id("nav-dashboards")).click();                                        // 1
        wait.until(ExpectedConditions.elementToBeClickable(By.id("question-compare-choose"))).click(); // 2
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-funds")));
        for (WebElement box : browser.findElements(By.cssSelector("#compare-funds input[name=fund]"))) {
            box.click();
        }
        browser.findElement(By.id("compare-funds-submit")).click();                                  // 3
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compare-table")));
        assertTrue(browser.getCurrentUrl().matches(".*fund=\\d+&fund=\\d+.*"), "the choice stands in the address");
        assertEquals("Uddannelsespuljen", browser.findElement(By.id("compare-reference")).getText());
        String granted = table.findElement(By.id("compare-row-granted")).getText();
        assertTrue(granted.contains(danish.amount(seed.granted().sum())), granted);
        assertTrue(granted.contains("19.944.000 kr."), granted);
        assertTrue(granted.contains("ikke oplyst"), granted);
        String share = table.findElement(By.id("compare-row-share")).getAttribute("textContent");
        assertTrue(share.contains(danish.percentPrecise(seed.supportShare())), share);
        assertEquals("-12", table.findElements(By.cssSelector("#compare-row-projects td")).get(2).getText());
        WebElement canvas = browser.findElement(By.cssSelector("#compare-chart canvas"));
        assertEquals("img", canvas.getAttribute("role"));
        assertTrue(canvas.getAttribute("aria-label").contains("Uddannelsespuljen"), canvas.getAttribute("aria-label"));
        Browser.screenshot(browser, "dashboard-compare");

        String csv = download(browser.findElement(By.id("compare-export-csv")).getAttribute("href"));
        assertTrue(csv.contains("Uddannelsespuljen") && csv.contains("19944000,00"), csv);

        table.findElements(By.cssSelector("#compare-row-projects a.compare-drill")).get(0).click();
        wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("fund="), browser.getCurrentUrl());
    }

    @Test
    void organisationsFilteredByRoundThenTheProjectList() {
        browser.get(Browser.baseUrl() + "dashboards/organisations.xhtml");
        new Select(browser.findElement(By.id("round"))).selectByVisibleText("Uddannelsespuljen · Uddannelsespuljen 2024");
        browser.findElement(By.id("filter-apply")).click();
        wait.until(ExpectedConditions.urlContains("round="));
        List<WebElement> rows = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("tr.organisation-row")));
        assertEquals(5, rows.size(), "the five schools the press release names");
        assertTrue(rows.get(0).getText().startsWith("Herningsholm Erhvervsskole og Gymnasier"), rows.get(0).getText());
        assertTrue(rows.get(1).getText().contains("5.052.000 kr."), rows.get(1).getText());
        Browser.screenshot(browser, "dashboard-organisations");

        String csv = download(browser.findElement(By.id("organisations-export-csv")).getAttribute("href"));
        assertTrue(csv.contains("Learnmark Horsens") && csv.contains("5052000,00"), csv);

        rows.get(1).findElement(By.cssSelector("a.organisation-drill")).click();
        wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("organisation=") && browser.getCurrentUrl().contains("round="),
                browser.getCurrentUrl());
    }

    @Test
    void whatTheMaturationProjectLedTo() {
        long maturation = WebClient.basic("region", DemoUser.PASSWORD)
                .projectId("Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt").orElseThrow();
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + maturation);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("chain-link"))).click();
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.chain-table")));
        List<WebElement> steps = table.findElements(By.cssSelector("tr.chain-step"));
        assertEquals(2, steps.size());
        assertTrue(steps.get(1).getText().contains("Læringsfællesskaber for en bæredygtig fremtid"), steps.get(1).getText());
        assertTrue(steps.get(1).getText().contains("Ansøgning modtaget"), steps.get(1).getText());
        assertEquals("ikke oplyst", steps.get(1).findElement(By.className("chain-granted")).getText());
        assertTrue(table.findElement(By.className("chain-sum-total")).getText().contains("ikke oplyst"));
        Browser.screenshot(browser, "dashboard-chain");
        String csv = download(browser.findElement(By.id("chain-export-csv")).getAttribute("href"));
        assertTrue(csv.contains("Læringsfællesskaber for en bæredygtig fremtid"), csv);
    }

    /** Fetches an export link as the same user and checks it is a CSV download; returns its text. */
    private static String download(String href) {
        String path = URI.create(href).getRawPath().replaceFirst("^/pulje/", "") + "?" + URI.create(href).getRawQuery();
        HttpResponse<byte[]> response = WebClient.loggedIn("region", DemoUser.PASSWORD).getBytes(path);
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), response.headers().map().toString());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        byte[] bytes = response.body();
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "a CSV for Danish Excel starts with UTF-8's byte-order mark");
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
