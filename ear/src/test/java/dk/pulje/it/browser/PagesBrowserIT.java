package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a new user found on the pages: lists and tabs that forget where one was, a dead end for the system
 * administrator, a colour-only warning, a finances tab that contradicts the overview, no favicon; and the keyboard.
 */
@PuljeIntegrationTest
@RunAsClient
class PagesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void theListsFiltersSortAndPageLiveInTheAddressAndSurviveAReload() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        browser.findElement(By.id("projectsForm:projects:titleColumn:filter")).sendKeys("grøn");
        wait.until(d -> d.getCurrentUrl().contains("q=gr%C3%B8n"));
        By granted = By.id("projectsForm:projects:grantedColumn");
        browser.findElement(granted).click();
        wait.until(d -> d.getCurrentUrl().contains("sort=granted") && d.getCurrentUrl().contains("order=asc"));
        List<String> before = titles();

        browser.navigate().refresh();
        wait.until(d -> "ascending".equals(d.findElement(granted).getAttribute("aria-sort")));
        assertEquals("grøn", browser.findElement(By.id("projectsForm:projects:titleColumn:filter")).getAttribute("value"));
        assertEquals(before, titles(), "the same rows in the same order after a reload");

        // A bookmarked address opens the list as it was, status filter included.
        browser.get(Browser.baseUrl() + "projects/list.xhtml?status=GRANTED&sort=totalSum&order=desc");
        assertEquals("GRANTED", new Select(browser.findElement(By.id("projectsForm:projects:statusFilter")))
                .getFirstSelectedOption().getAttribute("value"));
        assertEquals("descending", browser.findElement(By.id("projectsForm:projects:totalColumn")).getAttribute("aria-sort"));
        List<String> statuses = browser.findElements(By.cssSelector("[id='projectsForm:projects_data'] tr td:nth-child(6)"))
                .stream().map(WebElement::getText).map(String::strip).distinct().toList();
        assertEquals(List.of("Bevilget"), statuses);

        // Switching language keeps the list as it is.
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Projects"));
        assertTrue(browser.getCurrentUrl().contains("status=GRANTED"), browser.getCurrentUrl());
        assertEquals("descending", browser.findElement(By.id("projectsForm:projects:totalColumn")).getAttribute("aria-sort"));
        browser.get(Browser.baseUrl() + "index.xhtml?lang=da");
    }

    @Test
    void aProjectTabCanBeLinkedToAndSurvivesReloadAndLanguage() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        long id = WebClient.basic("admin", DemoUser.PASSWORD).projectId("EuroSkills 2025").orElseThrow();
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id);
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='Økonomi']")).click();
        wait.until(d -> d.getCurrentUrl().contains("tab=finances"));

        browser.navigate().refresh();
        assertEquals("Økonomi", activeTab());

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("ul[role='tablist'] li.ui-state-active"), "Finances"));
        browser.findElement(By.id("lang-da")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("ul[role='tablist'] li.ui-state-active"), "Økonomi"));

        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id + "&tab=history");
        assertEquals("Historik", activeTab());
    }

    @Test
    void theFinancesTabTellsTheSameStoryAsTheOverviewAndUnknownStaysUnknown() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        long id = WebClient.basic("admin", DemoUser.PASSWORD).projectId("EuroSkills 2025").orElseThrow();
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id);
        String coFinancing = browser.findElement(By.id("project-cofinancing")).getText();
        assertEquals("5.063.000 kr.", coFinancing);

        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id + "&tab=finances");
        assertEquals("ikke oplyst", browser.findElement(By.id("budget-total")).getText(), "no budget lines: not \"0 kr.\"");
        assertTrue(browser.findElements(By.id("budget-gap")).isEmpty(), "no difference to an unknown budget");
        assertEquals("ikke oplyst", browser.findElement(By.id("financing-own")).getText(), "not \"ikke oplyst (0 %)\"");
        assertEquals(coFinancing, browser.findElement(By.id("financing-cofinancing")).getText(), "the same co-financing as the overview");
        String summary = browser.findElement(By.id("financing-summary")).getText();
        assertTrue(summary.contains("Ikke dækket af oplyste kilder\n5.063.000 kr."), summary);
        assertFalse(summary.contains("Mangler"), "the co-financing is not called missing money: " + summary);
        Browser.scrollTo(browser, browser.findElement(By.id("tabs:financing")));
        Browser.screenshot(browser, "project-finances-unknown-budget");
    }

    @Test
    void aSubPoolBelowItsTargetSaysSoInWords() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "index.xhtml");
        // The seed's cards only: other tests set up funds of their own for admin, with sub-pools below target too.
        List<String> below = seedSubPoolsBelowTarget();
        assertFalse(below.isEmpty(), "the seed's theme pool is below its 80 % target");
        assertTrue(below.stream().allMatch(text -> text.matches(".*\\d+(,\\d+)? mio\\. kr\\. under målet")), below.toString());
        assertTrue(below.stream().allMatch(text -> text.replace('\u00a0', ' ').contains("mål 80,0 %, faktisk 69,0 %")), "what it got, said plainly: " + below);
        browser.get(Browser.baseUrl() + "index.xhtml?lang=en");
        List<String> english = seedSubPoolsBelowTarget();
        assertTrue(english.stream().allMatch(text -> text.matches(".*DKK \\d+(\\.\\d+)? million below target")), english.toString());
        assertTrue(english.stream().allMatch(text -> text.replace('\u00a0', ' ').contains("target 80.0 %, actual 69.0 %")), english.toString());
        browser.get(Browser.baseUrl() + "index.xhtml?lang=da");
    }

    @Test
    void theSystemAdministratorLandsOnTheUsersPage() {
        Browser.login(browser, "sysadmin", DemoUser.PASSWORD);
        wait.until(ExpectedConditions.urlContains("admin/users.xhtml"));
        assertEquals("Mette Sørensen", browser.findElement(By.id("current-user")).getText());
        browser.get(Browser.baseUrl() + "index.xhtml");
        wait.until(ExpectedConditions.urlContains("admin/users.xhtml"));
        assertTrue(browser.findElements(By.id("no-project-access")).isEmpty());
    }

    @Test
    void aBlankRoundReadsNotStatedLikeOtherUnknowns() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1920, 1000));
        browser.get(Browser.baseUrl() + "projects/list.xhtml?rows=100");
        List<String> rounds = browser.findElements(By.cssSelector("[id='projectsForm:projects_data'] tr td:nth-child(3)"))
                .stream().map(WebElement::getText).map(String::strip).toList();
        assertFalse(rounds.isEmpty());
        assertFalse(rounds.contains(""), rounds.toString());
        assertTrue(rounds.contains("ikke oplyst"), "the library projects' round is not stated: " + rounds);
    }

    @Test
    void theFaviconIsServedToEveryone() {
        HttpResponse<String> icon = WebClient.anonymous().get("favicon.ico");
        assertEquals(200, icon.statusCode());
        assertTrue(icon.headers().firstValue("Content-Type").orElse("").contains("icon"), icon.headers().toString());
        browser.get(Browser.baseUrl() + "login.xhtml");
        assertEquals(1, browser.findElements(By.cssSelector("link[rel='icon'][href$='/favicon.ico']")).size());
    }

    @Test
    void noJsf1103WarningOnListAndProjectPages() throws IOException {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        long id = WebClient.basic("admin", DemoUser.PASSWORD).projectId("EuroSkills 2025").orElseThrow();
        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id);
        browser.get(Browser.baseUrl() + "index.xhtml");
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        List<String> warnings = Files.readAllLines(log).stream().filter(line -> line.contains("JSF1103")).toList();
        assertEquals(List.of(), warnings, "f:metadata must be a direct child of the view");
    }

    /** Log in, filter, sort and open a project with the keyboard alone; focus is visible and errors are announced. */
    @Test
    void theLoginAndTheListWorkWithTheKeyboardAlone() {
        browser.get(Browser.baseUrl() + "login.xhtml?lang=da"); // Danish, whatever the account chose last
        tabTo("login:username");
        assertFocusVisible();
        active().sendKeys("aarhus");
        tabTo("login:password");
        active().sendKeys("Forkert-kodeord-2026", Keys.ENTER);
        WebElement messages = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='login:messages'] li")));
        assertEquals("alert", browser.findElement(By.id("login:messages")).getAttribute("role"), "errors are announced");
        assertEquals("Forkert brugernavn eller adgangskode.", messages.getText());

        tabTo("login:username");
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "aarhus");
        tabTo("login:password");
        active().sendKeys(DemoUser.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        tabTo("projectsForm:projects:titleColumn:filter");
        assertFocusVisible();
        active().sendKeys("lærings");
        wait.until(d -> d.getCurrentUrl().contains("q=l%C3%A6rings"));

        tabTo("projectsForm:projects:statusFilter");
        assertFocusVisible();
        active().sendKeys("B"); // "Bevilget": a closed select picks by first letter, as people use it
        wait.until(d -> d.getCurrentUrl().contains("status=GRANTED"));

        tabTo("projectsForm:projects:grantedColumn");
        assertFocusVisible();
        active().sendKeys(Keys.ENTER);
        wait.until(d -> "ascending".equals(d.findElement(By.id("projectsForm:projects:grantedColumn")).getAttribute("aria-sort")));
        assertTrue(browser.getCurrentUrl().contains("sort=granted"), browser.getCurrentUrl());

        browser.get(Browser.baseUrl() + "projects/list.xhtml?q=l%C3%A6rings");
        String first = browser.findElement(By.className("pulje-project-link")).getText();
        tabToElement(browser.findElement(By.className("pulje-project-link")));
        assertFocusVisible();
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ENTER).perform(); // to whatever has the focus
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(40))
                .until(ExpectedConditions.urlContains("projects/view.xhtml"));
        wait.until(ExpectedConditions.textToBe(By.id("project-title"), first));
    }

    private void tabTo(String id) {
        tabToElement(browser.findElement(By.id(id)));
    }

    /** Presses Tab until the element has the focus; fails if it is not reachable within 80 presses. */
    private void tabToElement(WebElement target) {
        for (int i = 0; i < 80; i++) {
            if (target.equals(active())) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("not reachable by Tab: " + target.getAttribute("id"));
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    /** The focused element shows an outline of at least 2 px that is not transparent. */
    private void assertFocusVisible() {
        String style = (String) ((JavascriptExecutor) browser).executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle + '|' + s.outlineWidth + '|' + s.outlineColor;");
        String[] parts = style.split("\\|");
        assertNotEquals("none", parts[0], "focus outline on " + active().getAttribute("id") + ": " + style);
        assertTrue(Double.parseDouble(parts[1].replace("px", "")) >= 2, style);
        assertFalse(parts[2].contains("rgba(0, 0, 0, 0)"), style);
    }

    private String activeTab() {
        return browser.findElement(By.cssSelector("ul[role='tablist'] li.ui-state-active")).getText().strip();
    }

    private List<String> titles() {
        return browser.findElements(By.className("pulje-project-link")).stream().map(WebElement::getText).toList();
    }

    /** The sub-pools below target on the start page's cards of the seed's funds (Udviklingspuljen, Uddannelsespuljen). */
    private List<String> seedSubPoolsBelowTarget() {
        return browser.findElements(By.cssSelector(".pulje-card")).stream()
                .filter(card -> card.getText().contains("Udviklingspuljen for folkebiblioteker")
                        || card.getText().contains("Region Midtjyllands uddannelsespulje"))
                .flatMap(card -> card.findElements(By.cssSelector("li.pulje-subpool.below-target")).stream())
                .map(WebElement::getText).toList();
    }
}
