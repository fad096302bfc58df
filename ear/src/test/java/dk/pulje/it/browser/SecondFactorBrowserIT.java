package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SecondFactors;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.TotpCodes;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person turns on two-step verification on the account page, with the keyboard, reading the secret off the page and
 * computing the codes as an authenticator app would (RFC 6238, {@link TotpCodes}); logs in with a code and with a
 * recovery code. And an administrator whom the server requires to have one is sent to the enrolment page after the
 * password and can open nothing else until it is on. The pictures go to the user guide.
 */
@PuljeIntegrationTest
@RunAsClient
class SecondFactorBrowserIT extends BrowserTest {

    private static final String PASSWORD = "Lange sætninger er gode kodeord";

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aPersonTurnsItOnAndLogsInWithACodeThenWithARecoveryCode() {
        String username = TestUsers.create("mfa-browser", PASSWORD, "APPLICANT");
        Browser.login(browser, username, PASSWORD);

        browser.get(Browser.baseUrl() + "account/password.xhtml");
        browser.findElement(By.id("to-mfa")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mfa:start")));
        Browser.screenshot(browser, "mfa-off");
        browser.findElement(By.id("mfa:start")).sendKeys(Keys.ENTER);
        String secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret"))).getText();
        assertTrue(secret.matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"), "the secret in groups of four: " + secret);
        assertTrue(browser.findElement(By.id("qr")).getAttribute("src").startsWith("data:image/png;base64,"),
                "the QR code is drawn by Pulje itself");
        Browser.screenshot(browser, "mfa-scan");

        browser.findElement(By.id("mfa:first-code")).sendKeys(TotpCodes.now(secret), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
        List<String> codes = browser.findElements(By.cssSelector("#recovery-codes li")).stream().map(WebElement::getText).toList();
        assertEquals(10, codes.size(), "ten recovery codes, shown once");
        Browser.screenshot(browser, "mfa-recovery-codes");
        browser.findElement(By.id("mfa:done")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("index.xhtml"));

        logOut();
        typePassword(username);
        wait.until(ExpectedConditions.urlContains("login-code.xhtml"));
        assertTrue(browser.findElements(By.id("current-user")).isEmpty(), "the password alone logs nobody in");
        Browser.screenshot(browser, "mfa-login-code");
        // The code of the next step: the one of this step may have confirmed the enrolment, and is used up.
        browser.findElement(By.id("code:value")).sendKeys(TotpCodes.next(secret), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));

        logOut();
        typePassword(username);
        wait.until(ExpectedConditions.urlContains("login-code.xhtml"));
        browser.findElement(By.id("code:value")).sendKeys(codes.get(0), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        browser.get(Browser.baseUrl() + "account/security.xhtml");
        assertTrue(browser.findElement(By.id("codes-left")).getText().endsWith("9"), "one recovery code spent");
    }

    @Test
    void whereItIsRequiredAnAdministratorIsSentToEnrolmentFirstAndCanOpenNothingElse() throws IOException {
        String username = TestUsers.create("mfa-required", PASSWORD, "FUND_ADMIN");
        // PULJE_REQUIRE_MFA=true on the running server, as its management model sets system properties; removed after.
        setRequired(true);
        try {
            Browser.login(browser, username, PASSWORD);
            wait.until(ExpectedConditions.urlContains("account/security.xhtml"));
            assertFalse(browser.findElements(By.id("mfa:required")).isEmpty(), "says why");
            Browser.screenshot(browser, "mfa-required");
            browser.get(Browser.baseUrl() + "projects/list.xhtml");
            wait.until(ExpectedConditions.urlContains("account/security.xhtml"));
            assertEquals(401, WebClient.basic(username, PASSWORD).get("api/projects").statusCode(),
                    "nor the API with the password alone");

            browser.findElement(By.id("mfa:start")).sendKeys(Keys.ENTER);
            String secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret"))).getText();
            browser.findElement(By.id("mfa:first-code")).sendKeys(TotpCodes.now(secret), Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
            assertTrue(browser.findElements(By.id("mfa:disable")).isEmpty(), "no way to turn it off where it is required");
            browser.findElement(By.id("mfa:done")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("index.xhtml"));
            browser.get(Browser.baseUrl() + "projects/list.xhtml");
            wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        } finally {
            setRequired(false);
        }
    }

    @Test
    void theSystemAdministratorResetsAUsersFactorOnTheUsersPage() {
        String username = TestUsers.create("mfa-reset", PASSWORD, "APPLICANT");
        SecondFactors.enrol(username);
        Browser.login(browser, "sysadmin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "admin/users.xhtml");
        browser.findElement(By.xpath("//tr[td[normalize-space(.)='" + username + "']]//*[contains(@id, ':edit')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mfaState"), "slået til"));
        Browser.scrollTo(browser, browser.findElement(By.id("mfaState")));
        Browser.screenshot(browser, "mfa-admin-reset");
        browser.findElement(By.id("users:resetSecondFactor")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='users:messages']"), username));
        assertEquals(1, SecondFactors.events(username, "SECOND_FACTOR_RESET", null));

        logOut();
        Browser.login(browser, username, PASSWORD); // the password alone, straight in
        assertFalse(browser.getCurrentUrl().contains("login-code"));
    }

    private void setRequired(boolean on) throws IOException {
        ModelNode operation = new ModelNode();
        operation.get("address").add("system-property", "PULJE_REQUIRE_MFA");
        operation.get("operation").set(on ? "add" : "remove");
        if (on) {
            operation.get("value").set("true");
        }
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }

    private void logOut() {
        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logged-out")));
    }

    private void typePassword(String username) {
        browser.get(Browser.baseUrl() + "login.xhtml?lang=da");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD, Keys.ENTER);
    }
}
