package dk.pulje.it.browser;

import dk.pulje.it.organisation.Cvrs;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fund administrator finds an organisation as they type (keyboard alone), registers one with a mistyped CVR number
 * that is caught when they leave the field, and merges a duplicate into it after reading what will move.
 */
@PuljeIntegrationTest
@RunAsClient
class OrganisationPagesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void searchAsYouTypeByKeyboard() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        tabTo("nav-organisations");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("organisations/list.xhtml"));
        assertEquals("Skriv mindst to tegn for at søge.", browser.findElement(By.id("search:count")).getText());

        tabTo("search:text");
        active().sendKeys("aarhus");
        afterTyping();
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Aarhus Kommunes Biblioteker")));
        assertTrue(browser.findElement(By.id("search:count")).getText().matches("\\d+ organisation\\(er\\) fundet\\."),
                browser.findElement(By.id("search:count")).getText());
        assertEquals("search:text", active().getAttribute("id"), "typing is not interrupted by the update");
        Browser.screenshot(browser, "organisations-search");

        tabTo(found);
        assertEquals(found, active(), "the organisation's link is reached by Tab");
        // Enter follows the link: with PrimeFaces' cell navigation on (its default), the table caught the key.
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("organisations/edit.xhtml"));
        assertEquals("Aarhus Kommunes Biblioteker", browser.findElement(By.id("organisation-title")).getText());
        List<String> projects = browser.findElements(By.cssSelector("a.pulje-project-link")).stream()
                .map(WebElement::getText).toList();
        assertTrue(projects.contains("Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt"), projects.toString());
        Browser.screenshot(browser, "organisation-page");
    }

    @Test
    void aMistypedCvrNumberIsCaughtOnLeavingTheFieldAndTheFixedOneSaved() {
        String name = "Horsens Bibliotek " + Long.toString(System.nanoTime(), 36);
        String cvr = Cvrs.fresh();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // the CVR field re-renders on blur
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "organisations/list.xhtml");
        tabTo("new");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("organisations/edit.xhtml"));
        assertEquals("Ny organisation", browser.findElement(By.id("organisation-title")).getText());

        tabTo("organisation:name");
        active().sendKeys(name);
        tabTo("organisation:type");
        active().sendKeys("Bib"); // a closed select picks by what is typed
        tabTo("organisation:cvr");
        active().sendKeys(Cvrs.mistyped(cvr));
        press(Keys.TAB);
        wait.until(d -> !d.findElement(By.id("organisation:cvrMessage")).getText().isBlank());
        WebElement message = browser.findElement(By.id("organisation:cvrMessage"));
        assertEquals("CVR-nummeret " + Cvrs.mistyped(cvr) + " er ikke gyldigt: kontrolcifferet passer ikke. Tjek for tastefejl.",
                message.getText().strip());
        assertEquals("true", browser.findElement(By.id("organisation:cvr")).getAttribute("aria-invalid"));
        Browser.screenshot(browser, "organisation-new-cvr-refused");

        tabTo("organisation:save");
        WebElement typed = browser.findElement(By.id("organisation:name"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(typed)); // the refused save re-renders the form
        settle();
        assertEquals(name, browser.findElement(By.id("organisation:name")).getAttribute("value"), "what was typed stays");
        assertEquals(Cvrs.mistyped(cvr), browser.findElement(By.id("organisation:cvr")).getAttribute("value"));
        assertTrue(browser.getCurrentUrl().endsWith("organisations/edit.xhtml"), "not saved: " + browser.getCurrentUrl());

        // Select what is there and type over it (clear() would leave the field, and its blur re-renders it).
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("organisation:cvr")))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "DK " + cvr);
        press(Keys.TAB);
        wait.until(d -> d.findElement(By.id("organisation:cvrMessage")).getText().isBlank());
        tabTo("organisation:town");
        active().sendKeys("Horsens");
        tabTo("organisation:save");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("id="));
        assertEquals(name, browser.findElement(By.id("organisation-title")).getText());
        assertEquals(cvr, browser.findElement(By.id("organisation:cvr")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("summary")).getText().contains("Organisationen " + name + " er oprettet."));

        browser.get(browser.getCurrentUrl() + "&lang=en");
        settle();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("organisation:cvr")))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "1234");
        press(Keys.TAB);
        wait.until(d -> !d.findElement(By.id("organisation:cvrMessage")).getText().isBlank());
        assertEquals("The CVR number \"1234\" must have 8 digits.",
                browser.findElement(By.id("organisation:cvrMessage")).getText().strip());
    }

    @Test
    void aDuplicateIsMergedAfterTheConfirmationSaysWhatMoves() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String kept = "Learnmark Horsens " + suffix;
        String duplicate = "Leanmark Horsens " + suffix;
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        create(duplicate);
        addContact("Sidsel Bech", "sidsel@leanmark.dk");
        create(kept);
        String keptUrl = browser.getCurrentUrl();

        browser.findElement(By.id("merge:duplicate")).sendKeys("leanmark horsens " + suffix);
        afterTyping();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("merge:candidates:0:choose"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mergeCounts")));
        assertEquals("Læg " + duplicate + " sammen med " + kept + "? " + duplicate + " slettes, og alt flyttes til " + kept + ".",
                browser.findElement(By.id("mergeQuestion")).getText().strip());
        String counts = browser.findElement(By.id("mergeCounts")).getText();
        assertTrue(counts.contains("Kontaktpersoner\n1"), counts);
        assertTrue(counts.contains("Projekter, dubletten ejer\n0"), counts);
        Browser.scrollTo(browser, browser.findElement(By.id("merge:confirmMerge")));
        Browser.screenshot(browser, "organisation-merge-confirmation");

        browser.findElement(By.id("merge:confirmMerge")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"),
                duplicate + " er lagt sammen med " + kept + "."));
        assertEquals(keptUrl, browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("aliasList")).getText().contains(duplicate));
        assertTrue(browser.findElement(By.id("contacts:contactTable")).getText().contains("Sidsel Bech"));

        browser.get(Browser.baseUrl() + "organisations/list.xhtml");
        browser.findElement(By.id("search:text")).sendKeys("leanmark horsens " + suffix);
        afterTyping();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(kept)));
        assertEquals(1, browser.findElements(By.cssSelector("a.pulje-organisation-link")).size(),
                "the duplicate's name now finds the kept organisation only");
    }

    /** Two administrators edit one organisation: the second to save is told who changed it and when, and can reload. */
    @Test
    void aConcurrentChangeNamesWhoChangedItAndOffersAReload() {
        String name = "Vejle Bibliotekerne " + Long.toString(System.nanoTime(), 36);
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        create(name);
        String page = browser.getCurrentUrl();

        org.openqa.selenium.WebDriver other = Browser.open();
        try {
            Browser.login(other, "admin", DemoUser.PASSWORD);
            other.get(page);
            WebElement town = other.findElement(By.id("organisation:town"));
            town.sendKeys("Vejle");
            other.findElement(By.id("organisation:save")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(other, java.time.Duration.ofSeconds(15)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "er gemt"));
        } finally {
            other.quit();
        }

        browser.findElement(By.id("organisation:town")).sendKeys("Jelling");
        browser.findElement(By.id("organisation:save")).click();
        WebElement reload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reload")));
        String summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.contains("Organisationen er blevet ændret af admin"), summary);
        assertEquals("Jelling", browser.findElement(By.id("organisation:town")).getAttribute("value"), "what was typed stays");
        reload.click();
        wait.until(ExpectedConditions.attributeToBe(By.id("organisation:town"), "value", "Vejle"));
    }

    private void create(String name) {
        browser.get(Browser.baseUrl() + "organisations/edit.xhtml");
        browser.findElement(By.id("organisation:name")).sendKeys(name);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("organisation:type"))).selectByVisibleText(
                "Skole eller uddannelsesinstitution");
        browser.findElement(By.id("organisation:save")).click();
        wait.until(ExpectedConditions.urlContains("id="));
        settle();
    }

    private void addContact(String name, String email) {
        browser.findElement(By.id("contacts:contactName")).sendKeys(name);
        browser.findElement(By.id("contacts:contactEmail")).sendKeys(email);
        browser.findElement(By.id("contacts:saveContact")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contacts:contactTable"), name));
    }

    /**
     * The search runs 250 ms after the last key, and on a busy machine a slow typist sends several: wait until no request
     * is running and the page has stayed the same for a second, so that no late answer replaces what is clicked next.
     */
    private void afterTyping() {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class); // fields re-render on blur
        String before = "";
        for (int i = 0; i < 30; i++) {
            settle();
            String now = browser.findElement(By.tagName("main")).getAttribute("innerHTML");
            if (now.equals(before)) {
                return;
            }
            before = now;
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }


    private void tabTo(String id) {
        settle();
        tabTo(browser.findElement(By.id(id)));
    }

    private void tabTo(WebElement target) {
        for (int i = 0; i < 120; i++) {
            if (target.equals(active())) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("not reachable by Tab: " + target);
    }

    private void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }
}
