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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fund administrator registers an application in one form: an owner created on the spot, a partner picked as one
 * types, a result goal and a contact; a mistake keeps everything typed and is said at the field.
 */
@PuljeIntegrationTest
@RunAsClient
class RegistrationBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void anApplicationWithANewOwnerAPartnerAGoalAndAContact() {
        String unique = Long.toString(System.nanoTime(), 36);
        String title = "Læselyst i landdistrikterne " + unique;
        String owner = "Vejle Bibliotekerne " + unique;
        // A fund and a library of the test's own (WorkflowData): the application committed here must not change the
        // seed's funds and their readers, which DemoDataIT and ScopingIT count exactly.
        WorkflowData.project("Nabo til registreringen " + unique, "UNDER_REVIEW", new BigDecimal("1000000"),
                new BigDecimal("500000"), new BigDecimal("100000"));
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        browser.findElement(By.id("register-application")).click();
        wait.until(ExpectedConditions.urlContains("projects/new.xhtml"));

        browser.findElement(By.id("app:title")).sendKeys(title);
        Select fund = new Select(browser.findElement(By.id("app:fund")));
        fund.getOptions().stream().filter(o -> o.getText().startsWith("Browserpuljen ")).findFirst().orElseThrow().click();
        settle();

        // The owner does not exist yet: created in the dialog, and chosen at once.
        browser.findElement(By.id("app:newOrganisation")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgDialog")));
        settle();
        // PrimeFaces moves the focus once the dialog has opened, which may lag the dialog's visibility on a busy machine.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .withMessage("the focus is in the dialog").until(d -> "orgForm:orgName".equals(d.switchTo().activeElement().getAttribute("id")));
        browser.findElement(By.id("orgForm:orgName")).sendKeys(owner);
        browser.findElement(By.id("orgForm:orgTown")).sendKeys("Vejle");
        Browser.screenshot(browser, "registration-new-owner");
        browser.findElement(By.id("orgForm:createOrg")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("orgDialog")));
        wait.until(d -> d.findElement(By.id("app:owner_input")).getAttribute("value").startsWith(owner));
        assertTrue(browser.findElement(By.id("app:summary")).getText().contains("er oprettet og valgt som projektejer"));

        // A partner, picked as one types.
        browser.findElement(By.id("app:addPartner")).click();
        WebElement partner = wait.until(ExpectedConditions.elementToBeClickable(By.id("app:partnerRows:0:partnerOrg_input")));
        partner.sendKeys("Browserbib");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='app:partnerRows:0:partnerOrg_panel'] li"))).click();
        settle();
        new Select(browser.findElement(By.id("app:partnerRows:0:partnerRole"))).selectByVisibleText("Testbibliotek");

        browser.findElement(By.id("app:addGoal")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("app:goalRows:0:goal"))).sendKeys("200 nye lånere på landet");
        browser.findElement(By.id("app:goalRows:0:indicators")).sendKeys("Antal nye lånere; udlån pr. filial");
        browser.findElement(By.id("app:addTargetGroup")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("app:targetGroupRows:0:targetGroup"))).sendKeys("Børn på 8–12 år");
        browser.findElement(By.id("app:addTargetGroup")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("app:targetGroupRows:1:targetGroup"))).sendKeys("Forældre");
        browser.findElement(By.id("app:targetGroupRows:0:removeTargetGroup")).click();
        wait.until(d -> d.findElements(By.id("app:targetGroupRows:1:targetGroup")).isEmpty());
        assertEquals("Forældre", browser.findElement(By.id("app:targetGroupRows:0:targetGroup")).getAttribute("value"),
                "the right row went, the other kept what was typed");
        assertEquals("200 nye lånere på landet", browser.findElement(By.id("app:goalRows:0:goal")).getAttribute("value"),
                "rows of other sections keep what was typed");

        browser.findElement(By.id("app:addContact")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("app:contactRows:0:contactName"))).sendKeys("Sara Holm");
        assertEquals(owner, new Select(browser.findElement(By.id("app:contactRows:0:contactOrg"))).getFirstSelectedOption().getText());
        browser.findElement(By.id("app:contactRows:0:contactRole")).sendKeys("projektleder");

        browser.findElement(By.id("app:startDate")).sendKeys("1.8.2026");
        browser.findElement(By.id("app:endDate")).sendKeys("31.12.2025");
        browser.findElement(By.id("app:town")).sendKeys("Vejle");
        browser.findElement(By.id("app:totalSum")).sendKeys("1,2 mio.");
        browser.findElement(By.id("app:applied")).sendKeys("457.000");
        browser.findElement(By.id("app:register")).click();

        // The end before the start: said at the end date, and nothing typed is lost.
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='app:endDate'] ~ .ui-message-error")));
        assertTrue(message.getText().contains("kan ikke slutte"), message.getText());
        assertEquals("true", browser.findElement(By.id("app:endDate")).getAttribute("aria-invalid"));
        assertEquals(title, browser.findElement(By.id("app:title")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("app:partnerRows:0:partnerOrg_input")).getAttribute("value").startsWith("Browserbiblioteket "));
        assertEquals("Sara Holm", browser.findElement(By.id("app:contactRows:0:contactName")).getAttribute("value"));
        assertEquals("1.200.000 kr.", browser.findElement(By.id("app:totalSum")).getAttribute("value"));
        Browser.screenshot(browser, "registration-error-kept");

        WebElement end = browser.findElement(By.id("app:endDate"));
        end.clear();
        end.sendKeys("31.12.2027");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "registration-form");
        browser.findElement(By.id("app:register")).click();
        wait.until(ExpectedConditions.urlContains("projects/view.xhtml"));
        assertTrue(browser.findElement(By.id("workflow-result")).getText().contains("er registreret"));
        assertEquals(title, browser.findElement(By.id("project-title")).getText());
        assertEquals(owner, browser.findElement(By.id("project-owner")).getText());
        assertTrue(browser.findElement(By.cssSelector(".pulje-subtitle")).getText().contains("Ansøgning modtaget"),
                browser.findElement(By.cssSelector(".pulje-subtitle")).getText());
        assertTrue(browser.getPageSource().contains("Browserbiblioteket "));
        assertTrue(browser.getPageSource().contains("200 nye lånere på landet"));
        assertTrue(browser.getPageSource().contains("Sara Holm"));
        Browser.screenshot(browser, "registration-done");
    }

}
