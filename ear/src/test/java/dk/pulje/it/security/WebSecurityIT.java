package dk.pulje.it.security;

import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.RawHttp;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    void regionalStaffExportTheirProjectsAsXlsxWithNumericAmounts() throws Exception {
        HttpResponse<byte[]> xlsx = WebClient.basic("region", DemoUser.PASSWORD).getBytes("api/export/projects.xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertEquals("titel", sheet.getRow(0).getCell(1).getStringCellValue());
            assertTrue(sheet.getLastRowNum() >= 18, "the 18 demo projects: " + sheet.getLastRowNum());
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 0 && "EuroSkills 2025".equals(row.getCell(1).getStringCellValue())) {
                    assertEquals(11_063_000.00, row.getCell(7).getNumericCellValue(), 0.001);
                    assertEquals(6_000_000.00, row.getCell(8).getNumericCellValue(), 0.001);
                    assertEquals("#,##0.00", row.getCell(8).getCellStyle().getDataFormatString());
                    found = true;
                }
            }
            assertTrue(found, "EuroSkills 2025 is in the export");
        }
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

    @Test
    void httpBasicIsDecidedOnTheNormalisedPathNotOnWhatWasTyped() {
        RawHttp.Response sneaky = RawHttp.get("127.0.0.1", "/pulje/api/../admin/users.xhtml",
                "Authorization: " + RawHttp.basic("sysadmin", DemoUser.PASSWORD));
        assertEquals(302, sneaky.status(), "a page: Basic does not count, the login form does");
        assertTrue(sneaky.header("Location").orElse("").startsWith("/pulje/login.xhtml"), sneaky.headers().toString());
        assertFalse(sneaky.body().contains("users:table"));
    }

    @Test
    void redirectsNeverTrustTheHostHeaderAndCarryTheSecurityHeaders() {
        RawHttp.Response toLogin = RawHttp.send("127.0.0.1", "GET", "/pulje/projects/list.xhtml", "evil.example");
        assertEquals(302, toLogin.status());
        String location = toLogin.header("Location").orElseThrow();
        assertFalse(location.contains("evil.example"), location);
        assertTrue(location.startsWith("/pulje/login.xhtml?next="), location);
        assertEquals("DENY", toLogin.header("X-Frame-Options").orElse(""), "the login redirect has the page headers");
        assertTrue(toLogin.headers("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")));

        WebClient admin = WebClient.anonymous();
        admin.get("login.xhtml");
        HttpResponse<String> afterLogin = admin.login("admin", DemoUser.PASSWORD);
        assertTrue(afterLogin.headers().firstValue("Location").orElse("").startsWith("/pulje/"),
                "also the redirect after login is a path: " + afterLogin.headers().firstValue("Location"));
    }

    @Test
    void apiErrorsAreProblemDetailsWithoutACookieAndWithTheSecurityHeaders() {
        long ai = WebClient.basic("admin", DemoUser.PASSWORD).projectId("AI i borgernes hænder").orElseThrow();
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, RawHttp.Response> answers = new LinkedHashMap<>();
        expected.put("anonymous", 401);
        answers.put("anonymous", RawHttp.get("127.0.0.1", "/pulje/api/projects"));
        expected.put("sysadmin", 403);
        answers.put("sysadmin", RawHttp.get("127.0.0.1", "/pulje/api/projects/" + ai,
                "Authorization: " + RawHttp.basic("sysadmin", DemoUser.PASSWORD)));
        expected.put("missing id", 404);
        answers.put("missing id", RawHttp.get("127.0.0.1", "/pulje/api/projects/987654321",
                "Authorization: " + RawHttp.basic("admin", DemoUser.PASSWORD)));
        expected.put("no endpoint", 404);
        answers.put("no endpoint", RawHttp.get("127.0.0.1", "/pulje/api/nothing-here",
                "Authorization: " + RawHttp.basic("admin", DemoUser.PASSWORD)));
        expected.put("wrong method", 405);
        answers.put("wrong method", RawHttp.send("127.0.0.1", "POST", "/pulje/api/projects", "127.0.0.1:" + RawHttp.port(),
                "Authorization: " + RawHttp.basic("admin", DemoUser.PASSWORD), "Content-Length: 0"));
        expected.forEach((what, status) -> {
            RawHttp.Response answer = answers.get(what);
            assertEquals(status, answer.status(), what);
            assertTrue(answer.header("Content-Type").orElse("").startsWith("application/problem+json"), what + ": " + answer.headers());
            assertTrue(answer.body().contains("\"status\":" + status), what + ": " + answer.body());
            assertTrue(answer.headers("Set-Cookie").isEmpty(), what + " sets no cookie");
            assertEquals("nosniff", answer.header("X-Content-Type-Options").orElse(""), what);
            assertFalse(answer.body().contains("Exception") || answer.body().contains("<html"), what + ": " + answer.body());
        });
        assertTrue(answers.get("anonymous").header("WWW-Authenticate").orElse("").startsWith("Basic"));
    }

    @Test
    void pagesAnswerOnlyGetAndPostAndOnlyAPostRunsAnAction() {
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
            RawHttp.Response answer = RawHttp.send("127.0.0.1", method, "/pulje/login.xhtml", "127.0.0.1:" + RawHttp.port(),
                    "Content-Length: 0");
            assertTrue(answer.status() == 405 || answer.status() == 403 || answer.status() == 400,
                    method + " is refused, not run: " + answer.status());
        }
        RawHttp.Response head = RawHttp.send("127.0.0.1", "HEAD", "/pulje/login.xhtml", "127.0.0.1:" + RawHttp.port());
        assertEquals(200, head.status(), "HEAD is a GET without a body");
        assertTrue(head.body().isEmpty(), head.body());
        WebClient client = WebClient.anonymous();
        String page = client.get("login.xhtml").body();
        java.util.regex.Matcher viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(viewState.find());
        HttpResponse<String> asGet = client.get("login.xhtml?login=login&login%3Ausername=admin&login%3Apassword="
                + java.net.URLEncoder.encode(DemoUser.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(viewState.group(1), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, asGet.statusCode(), "a form sent as a GET does not log anybody in");
        assertEquals(AccessMatrixIT.Outcome.LOGIN, AccessMatrixIT.outcome(client.get("index.xhtml")));
    }

    @Test
    void theTestDatabaseLetsNobodyInWithoutItsPassword() {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> java.sql.DriverManager.getConnection(url, "postgres", "postgres").close());
        assertEquals("28P01", refused.getSQLState(), "SCRAM refuses a wrong password: " + refused.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                () -> java.sql.DriverManager.getConnection(url + "?user=postgres").close());
    }

    @Test
    void aFailedTableRequestOrATooLongSearchGetsAPlainMessageAndAnIncidentId() {
        String tooLong = "Søgning" + "x".repeat(300);
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        String page = admin.get("projects/list.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "projectsForm:projects");
        form.put("jakarta.faces.partial.execute", "projectsForm:projects");
        form.put("jakarta.faces.partial.render", "projectsForm:projects");
        form.put("jakarta.faces.behavior.event", "filter");
        form.put("jakarta.faces.partial.event", "filter");
        form.put("projectsForm:projects_filtering", "true");
        form.put("projectsForm:projects_encodeFeature", "true");
        form.put("projectsForm", "projectsForm");
        form.put("projectsForm:projects:titleColumn:filter", tooLong);
        form.put("jakarta.faces.ViewState", WebClient.viewStateOf(page));
        form.put("primefaces.nonce", WebClient.nonceOf(page));
        HttpResponse<String> table = admin.post("projects/list.xhtml", form);
        assertTrue(table.body().contains("<error>"), "the search fails: " + table.body());
        assertTrue(table.body().matches("(?s).*Fejlens nummer, hvis du kontakter en administrator: [0-9a-f]{8}.*"), table.body());
        assertFalse(table.body().contains("Exception") || table.body().contains("jakarta.") || table.body().contains("xxxxxxxx"),
                "no class names, no echo of the input: " + table.body());

        HttpResponse<String> api = WebClient.basic("admin", DemoUser.PASSWORD)
                .get("api/projects?q=" + java.net.URLEncoder.encode(tooLong, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, api.statusCode());
        assertFalse(api.body().contains("xxxxxxxx") || api.body().contains("Exception"), api.body());
    }

    /** A view evicted from the session: the ajax answer reloads the page; it never names a Faces exception. */
    @Test
    void anAjaxRequestOnAnExpiredViewReloadsThePage() {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        String page = admin.get("projects/list.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "projectsForm:projects");
        form.put("jakarta.faces.partial.execute", "projectsForm:projects");
        form.put("jakarta.faces.partial.render", "projectsForm:projects");
        form.put("projectsForm", "projectsForm");
        form.put("jakarta.faces.ViewState", "-4711:-4711"); // no such view in this session
        form.put("primefaces.nonce", WebClient.nonceOf(page));
        HttpResponse<String> answer = admin.post("projects/list.xhtml", form);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().matches("(?s).*<redirect url=\"/pulje/projects/list\\.xhtml\".*"), answer.body());
        assertFalse(answer.body().contains("Exception") || answer.body().contains("<error>"), answer.body());
    }

    @Test
    void theSecurityLogReadsInTheReadersLanguage() {
        WebClient.anonymous().login("aarhus", "Forkert-kodeord-til-loggen");
        WebClient sysadmin = WebClient.loggedIn("sysadmin", DemoUser.PASSWORD);
        String danish = sysadmin.get("admin/security-log.xhtml").body();
        assertTrue(danish.contains("forkert adgangskode"), "the detail in Danish");
        assertFalse(danish.contains("wrong password") || danish.contains("security.detail."), "no English, no keys");
        String english = sysadmin.get("admin/security-log.xhtml?lang=en").body();
        assertTrue(english.contains("wrong password"), "and in English for an English reader");
    }

    /**
     * A search too long for the list fails as an ajax request; the address PrimeFaces would have pushed, and a reload
     * of the list with that search, must give the error page, and the error page must itself render. It once failed
     * on a null request in UserBacking: the injected ExternalContext was the failed request's, already released.
     */
    @Test
    void aBookmarkedSearchTheListWouldRefuseOpensTheListWithoutItAndNothingFails() throws java.io.IOException {
        // A too-long search in the address is dropped like any value the list does not offer (ListState): the list
        // opens, the input is not echoed, and neither the page nor its header (UserBacking) writes an error.
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long before = java.nio.file.Files.size(log);
        String tooLong = "Søgning" + "x".repeat(300);
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        HttpResponse<String> reload = admin.get("projects/list.xhtml?q="
                + java.net.URLEncoder.encode(tooLong, java.nio.charset.StandardCharsets.UTF_8) + "&page=2147483647");
        String written = tail(log, before);
        assertEquals(200, reload.statusCode(), reload.body());
        assertTrue(reload.body().contains("id=\"projectsForm:projects\""), "the list: " + reload.body());
        assertTrue(reload.body().contains("Anne Kjær Madsen"), "and the header with the user's name: " + reload.body());
        assertFalse(reload.body().contains("xxxxxxxx"), "the refused search is not echoed: " + reload.body());
        assertFalse(written.contains("Exception") || written.contains("ERROR"),
                "nothing failed on the server: " + written);
    }

    private static String tail(java.nio.file.Path log, long from) throws java.io.IOException {
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(Math.min(from, file.length()));
            byte[] rest = new byte[(int) (file.length() - file.getFilePointer())];
            file.readFully(rest);
            return new String(rest, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
