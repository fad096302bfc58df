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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Question 2 as regional staff meet it: from the start page's round card to the round dashboard (two clicks after
 * login), the seed's figures on screen the Danish way, a filter from the bar, a drill-down to the projects and the
 * sub-pool table as a download. Figures written from the press release (Uddannelsespuljen 2024).
 */
@PuljeIntegrationTest
@RunAsClient
class RoundDashboardBrowserIT extends BrowserTest {

    /** The six projects of the round in Randers (all in the open pool). */
    private static final Set<String> RANDERS = Set.of("Digitalt Grundforløb på STX", "Lær med AI",
            "Ung til ung ambassadører på FGU Østjylland", "Den styrkebaserede tilgang",
            "Viden og læring fra trivselsdata i PSB", "Tværfagligt Studieunit");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void fromTheStartPageToTheSubPoolsTargetsThenFilteredDrilledDownAndExported() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl());
        WebElement card = browser.findElements(By.className("pulje-card")).stream()
                .filter(c -> c.getText().contains("Uddannelsespuljen 2024")).findFirst().orElseThrow();
        card.findElement(By.className("pulje-round-dashboard-link")).click();
        wait.until(ExpectedConditions.textToBe(By.id("round-dashboard-title"), "Uddannelsespuljen 2024"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subpool-chart canvas[role='img']")));
        settle();

        assertEquals("19.900.000 kr.", text("figure-envelope"));
        assertTrue(text("figure-granted").contains("19.944.000 kr."), text("figure-granted"));
        assertTrue(text("over-envelope").contains("44.000 kr. over rammen"), text("over-envelope"));
        assertEquals("40.387.000 kr.", text("figure-total"));
        assertEquals("0 kr.", text("figure-paid"));
        assertEquals("49,38 %", text("figure-support-share"));
        assertEquals("50,62 %", text("figure-cofinancing-ratio"));
        assertEquals("15", text("figure-projects"));
        assertTrue(text("figure-applied").contains("15 beløb ikke oplyst"), text("figure-applied"));

        List<String> theme = row(0);
        assertEquals(List.of("Temapulje (3 projekter)", "80,0 %", "15.920.000 kr.", "13.752.000 kr.", "68,95 %",
                "-11,05 procentpoint", "-2.168.000 kr.", "✗ Nej"), theme);
        List<String> open = row(1);
        assertEquals(List.of("Åben pulje (12 projekter)", "20,0 %", "3.980.000 kr.", "6.192.000 kr.", "31,05 %",
                "+11,05 procentpoint", "+2.212.000 kr.", "✓ Ja"), open);
        String chartLabel = browser.findElement(By.cssSelector("#subpool-chart canvas")).getAttribute("aria-label").replace('\u00a0', ' ');
        assertTrue(chartLabel.contains("Temapulje: mål 80,0 %, faktisk 68,95 %"), chartLabel);
        assertEquals(List.of(), Accessibility.violations(browser, "round dashboard"));
        Browser.screenshot(browser, "dashboard-round");
        Browser.scrollTo(browser, browser.findElement(By.id("subpool-table")));
        Browser.screenshot(browser, "dashboard-round-subpools");

        // The filter bar: Randers only. The envelope and targets stay the round's, and the page says so.
        new Select(browser.findElement(By.id("town"))).selectByVisibleText("Randers");
        browser.findElement(By.id("filter-apply")).click();
        wait.until(ExpectedConditions.urlContains("town=Randers"));
        wait.until(ExpectedConditions.textToBe(By.id("figure-projects"), "6"));
        assertTrue(browser.findElement(By.id("round-filtered")).isDisplayed());
        assertTrue(text("figure-granted").contains("2.178.000 kr."), text("figure-granted"));
        assertEquals("44,74 %", text("figure-support-share"));
        Browser.screenshot(browser, "dashboard-round-filtered");

        // Export of what the page shows: the sub-pool table of the filtered view, as CSV (first bytes: UTF-8's BOM).
        Map<String, Object> csv = download("export-csv");
        assertEquals(200L, csv.get("status"), String.valueOf(csv));
        assertTrue(String.valueOf(csv.get("type")).startsWith("text/csv"), String.valueOf(csv));
        assertTrue(String.valueOf(csv.get("disposition")).contains("runde-delpuljer-"), String.valueOf(csv));
        assertEquals(List.of(0xEFL, 0xBBL, 0xBFL), ((List<?>) csv.get("first")).subList(0, 3));
        String[] lines = String.valueOf(csv.get("text")).replace("\uFEFF", "").split("\r\n");
        assertTrue(lines[0].startsWith("Delpulje;Målandel (%);Mål i kroner (andel af rammen);Projekter;Bevilget"), lines[0]);
        assertEquals("Temapulje;80,00;15920000,00;0;0,00;0,00;-80,00;-15920000,00;Nej", lines[1]);
        assertEquals("Åben pulje;20,00;3980000,00;6;2178000,00;100,00;80,00;-1802000,00;Ja", lines[2]);

        // Drill-down: the projects behind the figure, with the same filters in the address.
        browser.findElement(By.cssSelector("#figure-projects a")).click();
        wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        String url = browser.getCurrentUrl();
        assertTrue(url.contains("round=") && url.contains("town=Randers"), url);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("pulje-project-link")));
        Set<String> listed = browser.findElements(By.className("pulje-project-link")).stream().map(WebElement::getText)
                .collect(Collectors.toSet());
        assertTrue(listed.containsAll(RANDERS), listed.toString());
        assertTrue(listed.stream().noneMatch(t -> t.contains("EuroSkills") || t.contains("MYRE")), listed.toString());
    }

    @Test
    void theRoundDashboardInEnglishAndWithoutARound() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "dashboards/round.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("round-choice")));
        // Other tests add rounds to the administrator's funds; the seed's round is among the choices.
        browser.findElements(By.className("round-choice")).stream()
                .filter(c -> c.getText().equals("Uddannelsespuljen · Uddannelsespuljen 2024")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBe(By.id("round-dashboard-title"), "Uddannelsespuljen 2024"));
        browser.get(browser.getCurrentUrl() + "&lang=en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-money-heading"), "The round's money"));
        assertEquals("DKK 19,900,000", text("figure-envelope"));
        assertEquals("49.38 %", text("figure-support-share"));
        assertTrue(text("over-envelope").contains("DKK 44,000 over the envelope"), text("over-envelope"));
        assertEquals(List.of("Temapulje (3 projects)", "80.0 %", "DKK 15,920,000", "DKK 13,752,000", "68.95 %",
                "-11.05 percentage points", "-DKK 2,168,000", "✗ No"), row(0));
        Browser.screenshot(browser, "dashboard-round-en");
        browser.get(Browser.baseUrl() + "index.xhtml?lang=da");
    }

    /** An element's text with no-break spaces as plain ones (textContent keeps them; getText() is not consistent). */
    private String text(String id) {
        return browser.findElement(By.id(id)).getAttribute("textContent").replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    }

    private List<String> row(int index) {
        WebElement row = browser.findElements(By.cssSelector("#subpool-table tbody tr")).get(index);
        return row.findElements(By.cssSelector("th, td")).stream()
                .map(cell -> cell.getAttribute("textContent").replace('\u00a0', ' ').strip().replaceAll("\\s+", " "))
                .toList();
    }

    /**
     * Fetches the download link's address from inside the page (same session) and returns status, headers, the first
     * bytes and the body as text: Chromium's own downloads land on disk where the test cannot wait for them reliably.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String link) {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(b => done({status: r.status, type: r.headers.get('Content-Type'),
                        disposition: r.headers.get('Content-Disposition'), first: Array.from(new Uint8Array(b).slice(0, 4)),
                        text: new TextDecoder('utf-8').decode(b)})))
                    .catch(e => done({status: -1, error: String(e)}));""", link);
        return (Map<String, Object>) result;
    }
}
