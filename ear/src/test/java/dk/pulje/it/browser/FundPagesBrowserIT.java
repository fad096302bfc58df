package dk.pulje.it.browser;

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
 * A fund administrator sets up a fund, a round with an envelope and two sub-pools with the keyboard alone, and reads the
 * round's figures; a mistyped amount keeps what was typed and says at the field what is wrong.
 */
@PuljeIntegrationTest
@RunAsClient
class FundPagesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aFundARoundAndTwoSubPoolsByKeyboardAlone() {
        String fundName = "Tastaturpuljen " + Long.toString(System.nanoTime(), 36);
        Browser.login(browser, "admin", DemoUser.PASSWORD);

        tabTo("nav-funds");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("funds/list.xhtml"));

        tabTo("newFund:funder");
        active().sendKeys("Slots"); // a closed select picks by what is typed
        tabTo("newFund:name");
        active().sendKeys(fundName);
        tabTo("newFund:shortName");
        active().sendKeys("Tastatur");
        tabTo("newFund:minimumShare");
        active().sendKeys("25");
        tabTo("newFund:threshold");
        active().sendKeys("100 t.kr.");
        Browser.screenshot(browser, "funds-new-fund");
        tabTo("newFund:create");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("funds/fund.xhtml"));
        assertEquals(fundName, browser.findElement(By.id("fund-title")).getText());
        assertEquals("Slots- og Kulturstyrelsen", browser.findElement(By.cssSelector(".pulje-subtitle")).getText());
        assertEquals("25", browser.findElement(By.id("fund:minimumShare")).getAttribute("value"));
        assertEquals("100.000 kr.", browser.findElement(By.id("fund:threshold")).getAttribute("value"));

        tabTo("newRound:roundName");
        active().sendKeys("Forårsrunden 2027");
        tabTo("newRound:roundYear");
        active().sendKeys("2027");
        tabTo("newRound:roundEnvelope");
        active().sendKeys("2,5 mio.");
        tabTo("newRound:roundDeadline");
        active().sendKeys("1.3.2027");
        tabTo("newRound:roundDecisionDate");
        active().sendKeys("15.6.2027");
        tabTo("newRound:create");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("funds/round.xhtml"));
        assertEquals("Forårsrunden 2027", browser.findElement(By.id("round-title")).getText());
        assertEquals("2.500.000 kr.", browser.findElement(By.id("figure-envelope")).getText());

        addSubPool("Grøn omstilling", false, "60", "Klima, Natur");
        addSubPool("Den åbne pulje", true, "40", "");

        List<String> names = browser.findElements(By.cssSelector("[id='subPools_data'] tr td:first-child")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertEquals(List.of("Grøn omstilling", "Den åbne pulje"), names);
        String firstRow = browser.findElement(By.cssSelector("[id='subPools_data'] tr")).getText();
        assertTrue(firstRow.contains("Temapulje") && firstRow.contains("Klima, Natur"), firstRow);
        assertTrue(firstRow.contains("Mål 60,0 % af rammen (1.500.000 kr.); runden har endnu intet bevilget"), firstRow);
        assertEquals("0 kr.", browser.findElement(By.id("figure-applied")).getText().strip());
        assertEquals("0 kr.", browser.findElement(By.id("figure-granted")).getText().strip());
        assertEquals("0 kr.", browser.findElement(By.id("figure-paid")).getText().strip());
        assertEquals("2.500.000 kr.", browser.findElement(By.id("figure-left")).getText().strip());
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)"); // the figures, for the user guide
        Browser.screenshot(browser, "funds-round-with-sub-pools");
    }

    @Test
    void aMistypedAmountKeepsWhatWasTypedAndSaysWhyAtTheField() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "funds/list.xhtml");
        browser.findElement(By.id("newFund:name")).sendKeys("Puljen der ikke blev til");
        browser.findElement(By.id("newFund:threshold")).sendKeys("1.5");
        browser.findElement(By.id("newFund:create")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='newFund:threshold'] ~ .ui-message-error, .ui-message-error[id$='threshold']")));
        assertTrue(message.getText().contains("»1.5« er ikke et beløb"), message.getText());
        assertEquals("1.5", browser.findElement(By.id("newFund:threshold")).getAttribute("value"), "what was typed stays");
        assertEquals("Puljen der ikke blev til", browser.findElement(By.id("newFund:name")).getAttribute("value"));
        assertEquals("true", browser.findElement(By.id("newFund:threshold")).getAttribute("aria-invalid"));
        assertEquals("alert", browser.findElement(By.id("summary")).getAttribute("role"));
        assertTrue(browser.findElement(By.id("summary")).getText().contains("Vælg, hvem der giver puljens midler."));
    }

    /** Two administrators edit the same round: the second to save is told who changed it and when, and can reload. */
    @Test
    void aConcurrentChangeNamesWhoChangedItAndOffersAReload() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "funds/list.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("newFund:funder")))
                .selectByVisibleText("Slots- og Kulturstyrelsen");
        browser.findElement(By.id("newFund:name")).sendKeys("Samtidighedspuljen " + Long.toString(System.nanoTime(), 36));
        browser.findElement(By.id("newFund:shortName")).sendKeys("Samtidig");
        browser.findElement(By.id("newFund:create")).click();
        wait.until(ExpectedConditions.urlContains("funds/fund.xhtml"));
        browser.findElement(By.id("newRound:roundName")).sendKeys("Runden");
        browser.findElement(By.id("newRound:roundEnvelope")).sendKeys("1.000.000");
        browser.findElement(By.id("newRound:create")).click();
        wait.until(ExpectedConditions.urlContains("funds/round.xhtml"));
        String roundPage = browser.getCurrentUrl();

        org.openqa.selenium.WebDriver other = Browser.open();
        try {
            Browser.login(other, "admin", DemoUser.PASSWORD);
            other.get(roundPage);
            WebElement envelope = other.findElement(By.id("round:roundEnvelope"));
            envelope.clear();
            envelope.sendKeys("1,2 mio.");
            other.findElement(By.id("round:save")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(other, java.time.Duration.ofSeconds(15)).until(
                    ExpectedConditions.textToBe(By.id("figure-envelope"), "1.200.000 kr."));
        } finally {
            other.quit();
        }

        WebElement envelope = browser.findElement(By.id("round:roundEnvelope"));
        envelope.clear();
        envelope.sendKeys("900.000");
        browser.findElement(By.id("round:save")).click();
        WebElement reload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reload")));
        String summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.contains("Runden er blevet ændret af admin"), summary);
        assertEquals("900.000 kr.", browser.findElement(By.id("round:roundEnvelope")).getAttribute("value"), "what was typed stays");
        assertEquals("1.000.000 kr.", browser.findElement(By.id("figure-envelope")).getText(), "nothing of it was saved");
        reload.click();
        wait.until(ExpectedConditions.textToBe(By.id("figure-envelope"), "1.200.000 kr."));
        assertEquals("1.200.000 kr.", browser.findElement(By.id("round:roundEnvelope")).getAttribute("value"));
    }

    private void addSubPool(String name, boolean open, String target, String themes) {
        tabTo("subPool:subPoolName");
        active().sendKeys(name);
        if (open) {
            tabTo("subPool:subPoolKind");
            active().sendKeys(Keys.ARROW_DOWN); // from Temapulje to Åben pulje
        }
        tabTo("subPool:targetShare");
        active().sendKeys(target);
        tabTo("subPool:themes");
        active().sendKeys(themes);
        tabTo("subPool:saveSubPool");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), name));
        wait.until(d -> "".equals(d.findElement(By.id("subPool:subPoolName")).getAttribute("value")));
        settle();
    }


    private void tabTo(String id) {
        settle();
        WebElement target = browser.findElement(By.id(id));
        for (int i = 0; i < 120; i++) {
            if (target.equals(active())) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("not reachable by Tab: " + id);
    }

    private void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }
}
