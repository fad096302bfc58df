package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WorkflowData;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grant step on the project page, by keyboard alone (Tab, Enter, Space), past the round's envelope with the
 * explicit confirmation; and two administrators on the same project, where the second one's grant and amendment are
 * refused with who changed it and when, and a way to reload.
 */
@PuljeIntegrationTest
@RunAsClient
class GrantBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aGrantPastTheEnvelopeByKeyboardAlone() {
        String title = "Tastaturbevillingen " + Long.toString(System.nanoTime(), 36);
        long id = WorkflowData.project(title, "UNDER_REVIEW", new BigDecimal("500000"), new BigDecimal("1000000"),
                new BigDecimal("600000"));
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id);
        assertEquals(3, browser.findElements(By.cssSelector("#workflow button")).size(), "grant, reject, withdraw");

        // Escape closes a dialog without doing anything.
        tabTo(step("REJECT"));
        press(Keys.ENTER);
        waitForDialog();
        // The dialog puts the focus on its first field just after it shows: wait for that moment, then insist on it.
        settle();
        wait.until(d -> "wf-form:wf-end-reason".equals(active().getAttribute("id")));
        assertEquals("wf-form:wf-end-reason", active().getAttribute("id"), "the focus moves into the dialog");
        press(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("wf-dialog")));
        assertTrue(browser.findElement(By.cssSelector(".pulje-subtitle")).getText().contains("Under behandling"));

        tabTo(step("GRANT"));
        press(Keys.ENTER);
        waitForDialog();
        assertEquals("wf-form:wf-amount", active().getAttribute("id"), "the focus moves into the dialog, on the amount");
        assertEquals("600.000 kr.", active().getAttribute("value"), "the amount applied for, to start from");
        Browser.screenshot(browser, "workflow-grant-dialog");
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "600.000");
        press(Keys.TAB); // sub-pool
        active().sendKeys(Keys.ARROW_DOWN); // Åben pulje
        press(Keys.TAB);
        assertEquals("wf-form:wf-journal", active().getAttribute("id"));
        active().sendKeys("J-" + Long.toString(System.nanoTime(), 36));
        press(Keys.TAB);
        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "15.6.2026");
        press(Keys.TAB);
        active().sendKeys("Slutrapport senest 1.3.2027");
        tabTo("wf-form:wf-confirm");
        press(Keys.ENTER);

        // The first confirmation stops at the envelope, says by how much, and asks for a tick.
        WebElement confirmation = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wf-form:wf-confirm-envelope")));
        settle();
        assertEquals("100.000 kr.", browser.findElement(By.id("wf-excess")).getText());
        assertTrue(browser.findElement(By.id("wf-form:wf-messages")).getText().contains("Bevillingen fører runden 100.000 kr. over rammen."));
        assertEquals(confirmation, active(), "the focus is on the confirmation");
        assertTrue(browser.findElement(By.cssSelector(".pulje-subtitle")).getText().contains("Under behandling"), "nothing granted yet");
        Browser.screenshot(browser, "workflow-grant-envelope-warning");
        press(Keys.SPACE);
        assertTrue(confirmation.isSelected());
        tabTo("wf-form:wf-confirm");
        press(Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-result"), "er bevilget"));
        assertTrue(browser.findElement(By.cssSelector(".pulje-subtitle")).getText().contains("Bevilget"));
        assertEquals("600.000 kr.", browser.findElement(By.id("project-granted")).getText());
        assertEquals("Åben pulje", browser.findElement(By.id("project-subpool")).getText());
        assertTrue(browser.findElements(By.cssSelector(step("GRANT"))).isEmpty(), "granted once, the button is gone");
        Browser.screenshot(browser, "workflow-granted");
    }

    @Test
    void theSecondOfTwoAdministratorsIsToldWhoChangedTheProjectAndCanReload() {
        String title = "Samtidig bevilling " + Long.toString(System.nanoTime(), 36);
        long id = WorkflowData.project(title, "UNDER_REVIEW", new BigDecimal("5000000"), new BigDecimal("1000000"),
                new BigDecimal("400000"));
        String page = Browser.baseUrl() + "projects/view.xhtml?id=" + id;
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(page);
        openStep(browser, "GRANT");

        WebDriver other = Browser.open();
        try {
            Browser.login(other, "admin", DemoUser.PASSWORD);
            other.get(page);
            openStep(other, "GRANT");
            other.findElement(By.id("wf-form:wf-confirm")).click();
            new WebDriverWait(other, Duration.ofSeconds(15)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-result"), "er bevilget"));

            // The first browser still shows the project as it was when it was opened.
            WebElement amount = browser.findElement(By.id("wf-form:wf-amount"));
            amount.clear();
            amount.sendKeys("350.000");
            browser.findElement(By.id("wf-form:wf-confirm")).click();
            WebElement reload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wf-form:wf-reload")));
            String said = browser.findElement(By.id("wf-form:wf-messages")).getText();
            assertTrue(said.matches("(?s).*Projektet er blevet ændret af admin .* kl\\. \\d{2}[.:]\\d{2}.*"), said);
            assertEquals("350.000 kr.", browser.findElement(By.id("wf-form:wf-amount")).getAttribute("value"), "what was typed stays");
            Browser.screenshot(browser, "workflow-concurrent-grant");
            reload.click();
            wait.until(ExpectedConditions.textToBe(By.id("project-granted"), "400.000 kr."));
            assertTrue(browser.findElement(By.cssSelector(".pulje-subtitle")).getText().contains("Bevilget"));

            // Both now amend the grant the page shows; the second is refused and nothing of it is saved.
            openStep(browser, "AMEND");
            other.get(page);
            openStep(other, "AMEND");
            other.findElement(By.id("wf-form:wf-new-granted")).sendKeys("450.000");
            other.findElement(By.id("wf-form:wf-reason")).sendKeys("Et ekstra spor");
            other.findElement(By.id("wf-form:wf-confirm")).click();
            new WebDriverWait(other, Duration.ofSeconds(15)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("workflow-result"), "Tillægget"));
        } finally {
            other.quit();
        }
        browser.findElement(By.id("wf-form:wf-new-granted")).sendKeys("300.000");
        browser.findElement(By.id("wf-form:wf-reason")).sendKeys("Mindre end ansøgt");
        browser.findElement(By.id("wf-form:wf-confirm")).click();
        WebElement reload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wf-form:wf-reload")));
        String said = browser.findElement(By.id("wf-form:wf-messages")).getText();
        assertTrue(said.contains("Bevillingen er blevet ændret af admin"), said);
        reload.click();
        wait.until(ExpectedConditions.textToBe(By.id("project-granted"), "450.000 kr."));
        assertFalse(browser.getPageSource().contains("Mindre end ansøgt"), "the refused amendment left no trace");
    }

    private void openStep(WebDriver driver, String step) {
        driver.findElement(By.cssSelector(step(step))).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("wf-dialog")));
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0)")));
    }

    private static String step(String name) {
        return "#workflow button[data-step='" + name + "']";
    }

    private void waitForDialog() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wf-dialog")));
        settle();
    }


    /** Presses Tab until the element (by id, or by CSS selector when it starts with '#') has the focus. */
    private void tabTo(String target) {
        settle();
        WebElement element = target.startsWith("#") ? browser.findElement(By.cssSelector(target)) : browser.findElement(By.id(target));
        for (int i = 0; i < 150; i++) {
            if (element.equals(active())) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("not reachable by Tab: " + target);
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }
}
