package dk.pulje.it.browser;

import dk.pulje.it.support.Accessibility;
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
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regional staff answer questions 1 and 3 in the browser: from Overblik to the distribution by town of Uddannelsespuljen
 * 2024 (two clicks), a filter, the drill-down to the project list, the CSV download; then the co-financing page with
 * the margins. Figures as in DistributionCofinancingIT (seed 002).
 */
@PuljeIntegrationTest
@RunAsClient
class DistributionCofinancingBrowserIT extends BrowserTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeEach
    void logIn() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
    }

    @Test
    void theDistributionByTownFiltersDrillsDownAndExports() throws Exception {
        browser.get(Browser.baseUrl() + "dashboards/index.xhtml");
        browser.findElement(By.cssSelector("#question-towns a.question-round")).click();
        wait.until(ExpectedConditions.urlContains("dashboards/distribution.xhtml"));
        settle();
        List<String> randers = cells("Randers");
        assertEquals(List.of("Randers", "6", "2.178.000 kr.", "4.868.000 kr.", "44,74 %"), randers);
        assertEquals("19.944.000 kr.", browser.findElement(By.id("overall-granted")).getText());
        WebElement canvas = browser.findElement(By.cssSelector(".pulje-chart canvas"));
        assertEquals("img", canvas.getAttribute("role"));
        assertTrue(canvas.getAttribute("aria-label").contains("Herning"), canvas.getAttribute("aria-label"));
        Accessibility.assertNoViolations(browser, "distribution by town");
        Browser.scrollTo(browser, browser.findElement(By.id("distribution-overall")));
        Browser.screenshot(browser, "dashboard-distribution");

        // The CSV of the table, with the filters of the view.
        byte[] csv = download(By.id("groups-csv"), ".csv");
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("Randers;6;2178000"), text);

        // By theme: a project counts under each of its themes, and the page says so.
        browser.findElement(By.id("by-theme")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("theme-overlap")));
        assertTrue(browser.getCurrentUrl().contains("by=theme") && browser.getCurrentUrl().contains("round="),
                browser.getCurrentUrl());
        assertEquals("3", cells("Ikke oplyst").get(1), "three projects without a theme");

        // Filter on a town: the filter bar is a GET form, the choice stands in the address.
        browser.findElement(By.id("by-town")).click();
        settle();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("town"))).selectByVisibleText("Randers");
        browser.findElement(By.id("filter-apply")).click();
        wait.until(ExpectedConditions.urlContains("town=Randers"));
        assertEquals(1, browser.findElements(By.cssSelector("#groups tbody a.group-link")).size());
        assertEquals("6", browser.findElement(By.id("overall-projects")).getText());

        // Drill down: the group's projects in the project list, with the same filters.
        browser.findElement(By.linkText("Randers")).click();
        wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("town=Randers") && browser.getCurrentUrl().contains("round="),
                browser.getCurrentUrl());
    }

    @Test
    void theCoFinancingPageShowsTheSharesAndEveryMarginAgainstItsRule() throws Exception {
        browser.get(Browser.baseUrl() + "dashboards/index.xhtml");
        browser.findElement(By.cssSelector("#question-shares a.question-round")).click();
        wait.until(ExpectedConditions.urlContains("dashboards/cofinancing.xhtml"));
        settle();
        assertEquals("Grøn omstilling og bæredygtige kulturer",
                browser.findElement(By.cssSelector("#lowest tbody tr:first-child td:first-child")).getText());
        assertEquals("21,82 %", text(By.cssSelector("#lowest tbody tr:first-child td:last-child")));
        assertEquals("Power-to-X i erhvervsuddannelserne",
                browser.findElement(By.cssSelector("#highest tbody tr:first-child td:first-child")).getText());
        assertEquals("75,10 %", text(By.cssSelector("#highest tbody tr:first-child td:last-child")));

        List<String> groenne = row("judged", "Grønne Rollemodeller");
        assertTrue(groenne.contains("-250 kr."), groenne.toString());
        assertTrue(groenne.contains("-0,04 procentpoint"), groenne.toString());
        assertTrue(groenne.get(groenne.size() - 1).contains("Inden for tolerancen"), groenne.toString());
        assertTrue(groenne.contains("25,0 % ± 1.125 kr."), groenne.toString());
        assertEquals("Power-to-X i erhvervsuddannelserne", browser.findElement(By.id("judged-0")).getText(),
                "the smallest margin first (−750 kr.)");
        String rules = browser.findElement(By.id("rules")).getText();
        assertTrue(rules.contains("Åben pulje") && rules.contains("Region Midtjyllands vilkår"), rules);
        String outcomes = browser.findElement(By.id("outcomes")).getText();
        assertTrue(outcomes.contains("4 Inden for tolerancen") && outcomes.contains("8 Opfyldt"), outcomes);
        Accessibility.assertNoViolations(browser, "co-financing");
        Browser.scrollTo(browser, browser.findElement(By.id("rule-heading")));
        Browser.screenshot(browser, "dashboard-cofinancing");

        byte[] csv = download(By.id("judged-csv"), ".csv");
        assertArrayEquals(UTF8_BOM, Arrays.copyOf(csv, 3));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("Grønne Rollemodeller"));
    }

    /** An element's text with no-break spaces as plain ones (WebDriver versions differ in how they hand them over). */
    private String text(By by) {
        return browser.findElement(by).getText().replace('\u00a0', ' ').strip();
    }

    /** The cells' texts of the row of the groups table whose first cell is {@code label}. */
    private List<String> cells(String label) {
        return row("groups", label);
    }

    private List<String> row(String table, String first) {
        WebElement row = browser.findElement(By.xpath("//*[@id='" + table + "']//tbody/tr[td[1][normalize-space()='"
                + first + "']]"));
        return row.findElements(By.tagName("td")).stream().map(td -> td.getText().replace('\u00a0', ' ').strip()).toList();
    }

    /** Clicks a download button and returns the file's bytes once Chromium has written it. */
    private byte[] download(By button, String extension) throws Exception {
        Path folder = Files.createTempDirectory("pulje-download-");
        ((ChromiumDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        browser.findElement(button).click();
        wait.until(d -> files(folder).anyMatch(f -> f.getFileName().toString().endsWith(extension)));
        Path file = files(folder).filter(f -> f.getFileName().toString().endsWith(extension)).findFirst().orElseThrow();
        return Files.readAllBytes(file);
    }

    private static Stream<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
