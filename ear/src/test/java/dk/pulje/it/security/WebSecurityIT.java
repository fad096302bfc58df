package dk.pulje.it.security;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions, cookies, headers, the API's Basic authentication and error pages, seen over HTTP. */
@PuljeIntegrationTest
@RunAsClient
class WebSecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void theSessionIdChangesAtLoginAndTheSessionEndsAtLogout() {
        WebClient client = WebClient.anonymous();
        client.get("login.xhtml");
        String before = client.sessionId().orElseThrow();
        HttpResponse<String> login = client.login("admin", DemoUser.PASSWORD);
        assertEquals(302, login.statusCode());
        String after = client.sessionId().orElseThrow();
        assertNotEquals(before, after, "a session id known before login is useless after it");
        assertEquals(200, client.get("projects/list.xhtml").statusCode());

        HttpResponse<String> logout = client.logout();
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElse("").contains("login.xhtml?loggedOut=true"));
        assertEquals(AccessMatrixIT.Outcome.LOGIN, AccessMatrixIT.outcome(client.get("projects/list.xhtml")),
                "after logout the old session opens nothing");
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndNoSession() {
        WebClient client = WebClient.anonymous();
        HttpResponse<String> answer = client.login("region", "Forkert-kodeord-123");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Forkert brugernavn eller adgangskode."));
        assertEquals(AccessMatrixIT.Outcome.LOGIN, AccessMatrixIT.outcome(client.get("index.xhtml")));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpResponse<String> page = WebClient.loggedIn("admin", DemoUser.PASSWORD).get("projects/list.xhtml");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")),
                policies.toString());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        // No inline script without the nonce: PrimeFaces moved its handlers into nonce'd scripts.
        assertFalse(page.body().contains("onclick=\""), "inline event handlers would be blocked by the policy");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> page = WebClient.anonymous().get("login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.contains("Secure"), "plain HTTP in the test; the secure-cookie handler adds Secure over HTTPS");
    }

    @Test
    void theApiUsesBasicAuthenticationAndNeverASession() {
        HttpResponse<String> anonymous = WebClient.anonymous().get("api/projects");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> randers = WebClient.basic("randers", DemoUser.PASSWORD).get("api/projects");
        assertEquals(200, randers.statusCode());
        assertTrue(randers.body().contains("\"title\":\"AI i borgernes hænder\""), randers.body());
        assertFalse(randers.body().contains("Læringsfællesskaber"), "only their own organisation's projects");
        assertTrue(randers.headers().allValues("Set-Cookie").isEmpty(), "no cookie, so no cross-site request can use it");
        assertEquals(401, WebClient.basic("randers", "wrong password").get("api/projects").statusCode());
    }

    @Test
    void theInternalNoteIsOnTheAdministratorsPageAndNotOnTheApplicants() {
        long ai = WebClient.basic("admin", DemoUser.PASSWORD).projectId("AI i borgernes hænder").orElseThrow();
        String adminPage = WebClient.loggedIn("admin", DemoUser.PASSWORD).get("projects/view.xhtml?id=" + ai).body();
        String applicantPage = WebClient.loggedIn("randers", DemoUser.PASSWORD).get("projects/view.xhtml?id=" + ai).body();
        assertTrue(adminPage.contains("Demo: intern bemærkning"));
        assertTrue(applicantPage.contains("AI i borgernes hænder"), "the applicant sees their project");
        assertFalse(applicantPage.contains("intern bemærkning"), "but never the fund's internal note");
    }

    @Test
    void regionalStaffExportTheirProjectsAsCsv() {
        HttpResponse<String> csv = WebClient.basic("region", DemoUser.PASSWORD).get("api/export/projects.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).endsWith("id;titel;pulje;runde;projektejer;by;status;samlet_projektsum;bevilget"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(";EuroSkills 2025;") && l.endsWith(";11063000,00;6000000,00")),
                "exact amounts with decimal commas");
        assertTrue(lines.size() >= 19, "the 18 demo projects and the header: " + lines.size());
    }

    @Test
    void errorPagesRevealNothing() {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        HttpResponse<String> missing = admin.get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Siden findes ikke"));
        HttpResponse<String> injected = admin.get("projects/view.xhtml?id=1%27%20or%201=1");
        assertEquals(404, injected.statusCode(), "a malformed id is simply not found");
        for (HttpResponse<String> page : List.of(missing, injected)) {
            assertFalse(page.body().matches("(?s).*\\w+Exception: .*"), "no exception message");
            assertFalse(page.body().contains("Caused by") || page.body().contains(".java:"), "no stack trace");
            assertFalse(page.body().toLowerCase(java.util.Locale.ROOT).contains("select "), "no SQL");
        }
    }
}
