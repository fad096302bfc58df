package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** A person chooses a password with æ, ø and å on the password page and logs in with it (issue 8). */
@PuljeIntegrationTest
@RunAsClient
class PasswordBrowserIT extends BrowserTest {

    private static final String FIRST = "Den første lange adgangskode";
    private static final String DANISH = "Kaffekop-Vindmølle-Rugbrød-9";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aPasswordWithDanishLettersCanBeSetAndUsed() {
        String username = TestUsers.create("dansk", FIRST, "APPLICANT");
        Browser.login(browser, username, FIRST);

        browser.get(Browser.baseUrl() + "account/password.xhtml");
        browser.findElement(By.id("password:current")).sendKeys(FIRST);
        browser.findElement(By.id("password:replacement")).sendKeys(DANISH);
        browser.findElement(By.id("password:repeated")).sendKeys(DANISH);
        browser.findElement(By.id("password:change")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:messages"), "Din adgangskode er skiftet."));

        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logged-out")));
        Browser.login(browser, username, DANISH);
        assertFalse(browser.findElements(By.id("current-user")).isEmpty(), "logged in with æ, ø and å");
    }
}
