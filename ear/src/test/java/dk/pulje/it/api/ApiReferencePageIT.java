package dk.pulje.it.api;

import dk.pulje.it.support.Accessibility;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import dk.pulje.it.support.PuljeIntegrationTest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API reference page ({@code /pulje/api-docs/}, Swagger UI from the WAR's webjar) for every signed-in role: it
 * renders the document's operations, passes axe-core's WCAG 2.1 AA rules, breaks no rule of its
 * Content-Security-Policy, and asks nothing of any host but Pulje's.
 */
@PuljeIntegrationTest
@RunAsClient
class ApiReferencePageIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void everyRoleReadsTheReferenceWithoutViolationsAndWithoutLeavingPulje() {
        List<String> problems = new ArrayList<>();
        for (DemoUser user : List.of(DemoUser.ADMIN, DemoUser.RANDERS, DemoUser.REGION, DemoUser.SYSADMIN)) {
            browser.manage().deleteAllCookies();
            Browser.login(browser, user.username(), DemoUser.PASSWORD);
            ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__csp = []; document.addEventListener('securitypolicyviolation', "
                            + "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
            browser.get(Browser.baseUrl() + "api-docs/");
            wait.until(d -> d.findElements(By.cssSelector(".opblock")).size() > 10);
            settle();
            String title = browser.findElement(By.cssSelector(".info .title")).getText();
            assertTrue(title.startsWith("Pulje API"), title);
            problems.addAll(Accessibility.violations(browser, "api-docs/ as " + user.username()));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            @SuppressWarnings("unchecked")
            List<String> csp = (List<String>) js.executeScript("return window.__csp || [];");
            csp.forEach(v -> problems.add("CSP as " + user.username() + ": " + v));
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) js.executeScript(
                    "return performance.getEntriesByType('resource').map(e => e.name);");
            String host = URI.create(Browser.baseUrl()).getHost();
            for (String url : requested) {
                if (!host.equals(URI.create(url).getHost())) {
                    problems.add("request outside Pulje as " + user.username() + ": " + url);
                }
            }
            assertTrue(requested.stream().anyMatch(u -> u.endsWith("/api-docs/openapi.json")), requested.toString());
        }
        assertEquals(List.of(), problems);
    }

    /** The page names the webjar's version; a new version in the root pom must come with the page. */
    @Test
    void thePageLoadsTheWebjarVersionThePomNames() throws Exception {
        String page = Files.readString(Path.of("../web/src/main/webapp/api-docs/index.html"));
        String pom = Files.readString(Path.of("../pom.xml"));
        var version = java.util.regex.Pattern.compile("<version.swagger.ui>([^<]+)</version.swagger.ui>").matcher(pom);
        assertTrue(version.find());
        assertTrue(page.contains("webjars/swagger-ui/" + version.group(1) + "/swagger-ui-bundle.js"), "index.html loads " + version.group(1));
    }
}
