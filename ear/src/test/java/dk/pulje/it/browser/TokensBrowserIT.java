package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.TokenClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13: a person makes an API token on the account page, copies it (shown once), a program uses it, the person
 * revokes it after confirming, and the program is refused; the system administrator sees it on the page of all tokens.
 */
@PuljeIntegrationTest
@RunAsClient
class TokensBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aTokenMadeOnTheAccountPageWorksUntilItIsRevoked() {
        String username = TestUsers.create("side", DemoUser.PASSWORD, "FUND_ADMIN");
        Browser.login(browser, username, DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "account/password.xhtml");
        browser.findElement(By.id("tokensLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:name")));
        assertTrue(browser.findElement(By.id("tokens:list")).getText().contains("Du har ingen tokens."));

        browser.findElement(By.id("tokens:name")).sendKeys("Økonomisystemet");
        browser.findElement(By.id("tokens:expiresOn")).sendKeys("31.12.2099");
        browser.findElement(By.id("tokens:create")).click();
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:createdToken")));
        String token = field.getAttribute("value");
        assertTrue(token.startsWith("pulje_"), token);
        assertTrue(browser.findElement(By.id("tokens:created")).getText().contains("vises ikke igen"));
        assertEquals("createdHint", field.getAttribute("aria-describedby"));
        assertFalse(browser.findElements(By.id("createdHint")).isEmpty(), "the copy hint describes the field");
        String listed = browser.findElement(By.id("tokens:list")).getText();
        assertTrue(listed.contains("Økonomisystemet") && listed.contains(token.substring(0, 18)), listed);
        assertFalse(listed.contains(token), "the list shows the prefix only");
        Browser.screenshot(browser, "api-token-created");

        assertEquals(200, TokenClient.bearer(token).get("api/v1/me").statusCode());

        browser.get(Browser.baseUrl() + "account/tokens.xhtml");
        assertTrue(browser.findElements(By.id("tokens:createdToken")).isEmpty(), "shown once: not after a reload");
        browser.findElement(By.id("tokens:list:0:revoke")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:confirmRevoke")));
        assertTrue(browser.findElement(By.id("confirmText")).getText().contains("Økonomisystemet"));
        Browser.screenshot(browser, "api-token-revoke-confirmation");
        browser.findElement(By.id("tokens:confirmRevoke")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens:messages"), "er tilbagekaldt"));
        assertTrue(browser.findElement(By.id("tokens:list")).getText().contains("tilbagekaldt"));
        assertEquals(401, TokenClient.bearer(token).get("api/v1/me").statusCode());

        browser.manage().deleteAllCookies();
        Browser.login(browser, "sysadmin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "admin/tokens.xhtml");
        String all = browser.findElement(By.id("adminTokens:list")).getText();
        assertTrue(all.contains(username) && all.contains("Økonomisystemet"), all);
        Browser.screenshot(browser, "api-tokens-admin");
    }

    @Test
    void theSystemAdministratorRevokesAnyonesToken() {
        String username = TestUsers.create("fremmed", DemoUser.PASSWORD, "APPLICANT");
        String token = dk.pulje.it.support.TestTokens.create(username);
        assertEquals(200, TokenClient.bearer(token).get("api/v1/me").statusCode());
        Browser.login(browser, "sysadmin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "admin/tokens.xhtml?lang=en");
        String prefix = token.substring(0, 18);
        java.util.List<WebElement> rows = browser.findElements(By.cssSelector("[id='adminTokens:list_data'] > tr"));
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(prefix)) {
                index = i;
            }
        }
        assertTrue(index >= 0, "the token is listed");
        browser.findElement(By.id("adminTokens:list:" + index + ":revoke")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adminTokens:confirmRevoke"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("adminTokens:messages"), "has been revoked"));
        assertEquals(401, TokenClient.bearer(token).get("api/v1/me").statusCode());
    }
}
