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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging in and out as people do it, and seeing exactly one's own projects. */
@PuljeIntegrationTest
@RunAsClient
class LoginBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }



    @Test
    void anApplicantLogsInSeesTheirOwnProjectAndLogsOut() {
        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
        Browser.screenshot(browser, "login");
        // Danish on the login page itself (else randers' stored language applies, which another test may have changed).
        String loginPage = browser.getCurrentUrl();
        browser.get(loginPage + (loginPage.contains("?") ? "&" : "?") + "lang=da");
        browser.findElement(By.id("login:username")).sendKeys("randers");
        browser.findElement(By.id("login:password")).sendKeys(DemoUser.PASSWORD);
        browser.findElement(By.id("login:submit")).click();

        wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        assertEquals("Loke Andersen", browser.findElement(By.id("current-user")).getText(), "the header names the person, not the login");
        List<String> titles = browser.findElements(By.className("pulje-project-link")).stream().map(WebElement::getText).toList();
        assertTrue(titles.contains("AI i borgernes hænder"), titles.toString());
        // Owner is the fourth column: every project shown is Randers Bibliotek's (other tests may have given it one more).
        List<String> owners = browser.findElements(By.cssSelector("[id='projectsForm:projects'] tbody tr td:nth-child(4)"))
                .stream().map(WebElement::getText).map(String::strip).toList();
        assertEquals(titles.size(), owners.size());
        assertTrue(owners.stream().allMatch(owner -> owner.endsWith("Randers Bibliotek")), owners.toString());

        browser.findElement(By.id("logoutForm:logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logged-out")));
        assertEquals("Du er logget ud.", browser.findElement(By.id("logged-out")).getText());
        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void aWrongPasswordShowsAClearMessage() {
        browser.get(Browser.baseUrl() + "login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("aarhus");
        browser.findElement(By.id("login:password")).sendKeys("Forkert-kodeord-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
                "Forkert brugernavn eller adgangskode."));
        assertTrue(browser.findElements(By.id("current-user")).isEmpty(), "not logged in");
        Browser.screenshot(browser, "login-failed");
    }

    @Test
    void theSystemAdministratorManagesUsersAndReadsTheSecurityLog() {
        Browser.login(browser, "sysadmin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "admin/users.xhtml");
        List<String> usernames = browser.findElements(By.cssSelector("[id='users:table'] tbody tr td:first-child"))
                .stream().map(WebElement::getText).toList();
        assertTrue(usernames.containsAll(List.of("admin", "aarhus", "randers", "region", "sysadmin")), usernames.toString());
        // The last login in the short Danish form (the long form wrapped onto four lines in this table).
        WebElement lastLogin = browser.findElement(By.xpath("//*[@id='users:table']//tr[td[1][normalize-space()='sysadmin']]/td[8]"));
        assertTrue(lastLogin.getText().matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}\\.\\d{2}"), lastLogin.getText());
        Browser.screenshot(browser, "admin-users");

        browser.findElement(By.id("nav-security-log")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sikkerhedslog"));
        assertTrue(browser.findElement(By.id("logForm:events")).getText().contains("Logget ind"));
        Browser.screenshot(browser, "security-log");
    }

    /** The display name of an existing user is changed on the users page (and changed back for the other tests). */
    @Test
    void theSystemAdministratorRenamesAnExistingUser() {
        Browser.login(browser, "sysadmin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "admin/users.xhtml");
        rename("region", "Rasmus Holm Jensen-Berg");
        Browser.screenshot(browser, "admin-users-edit");
        browser.findElement(By.id("users:saveName")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "Navnet på region er gemt."));
        assertEquals("Rasmus Holm Jensen-Berg", nameOf("region"));

        rename("region", "Rasmus Holm Jensen");
        browser.findElement(By.id("users:saveName")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "Navnet på region er gemt."));
        assertEquals("Rasmus Holm Jensen", nameOf("region"));
    }

    private void rename(String username, String name) {
        browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + username + "']]//button[contains(@id, ':edit')]")).click();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("users:selectedName")));
        Browser.scrollTo(browser, field);
        field.clear();
        field.sendKeys(name);
    }

    private String nameOf(String username) {
        return browser.findElement(By.xpath("//tr[td[1][normalize-space()='" + username + "']]/td[2]")).getText();
    }
}
