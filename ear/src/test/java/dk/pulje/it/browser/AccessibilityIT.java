package dk.pulje.it.browser;

import dk.pulje.it.support.Accessibility;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page of Pulje, in each state a person meets it (each tab, a failed login, a form with errors, an open menu),
 * for each role that can open it, passes axe-core's WCAG 2.1 A and AA rules with no violation. The pages are read from
 * the sources, so a page added without its line here fails {@link #everyPageInTheSourcesIsChecked()}.
 */
@PuljeIntegrationTest
@RunAsClient
class AccessibilityIT extends BrowserTest {

    enum Who { ANONYMOUS, ADMIN, RANDERS, AARHUS, REGION, SYSADMIN }

    private static final String AI = "AI i borgernes hænder";
    private static final String MATURATION = "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt";
    private static final String EUROSKILLS = "EuroSkills 2025";

    private final List<String> violations = new ArrayList<>();
    private static dk.pulje.it.attachment.AttachmentData.Fixture attachmentReport;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    /** Page → who can open it (the same as AccessMatrixIT's OK cells, plus aarhus, a second applicant). */
    private static Map<String, Set<Who>> pages() {
        Map<String, Set<Who>> pages = new LinkedHashMap<>();
        pages.put("login.xhtml", Set.of(Who.ANONYMOUS));
        pages.put("error.xhtml", Set.of(Who.ANONYMOUS, Who.ADMIN, Who.RANDERS, Who.REGION, Who.SYSADMIN));
        pages.put("index.xhtml", Set.of(Who.ADMIN, Who.RANDERS, Who.AARHUS, Who.REGION, Who.SYSADMIN));
        pages.put("projects/list.xhtml", Set.of(Who.ADMIN, Who.RANDERS, Who.AARHUS, Who.REGION));
        pages.put("projects/view.xhtml", Set.of(Who.ADMIN, Who.RANDERS, Who.AARHUS, Who.REGION));
        pages.put("projects/new.xhtml", Set.of(Who.ADMIN));
        pages.put("account/password.xhtml", Set.of(Who.ADMIN, Who.RANDERS, Who.AARHUS, Who.REGION, Who.SYSADMIN));
        pages.put("account/tokens.xhtml", Set.of(Who.ADMIN, Who.RANDERS, Who.AARHUS, Who.REGION, Who.SYSADMIN));
        pages.put("account/security.xhtml", Set.of(Who.ADMIN, Who.RANDERS, Who.AARHUS, Who.REGION, Who.SYSADMIN));
        pages.put("login-code.xhtml", Set.of(Who.ANONYMOUS));
        pages.put("funds/list.xhtml", Set.of(Who.ADMIN));
        pages.put("funds/fund.xhtml", Set.of(Who.ADMIN));
        pages.put("funds/round.xhtml", Set.of(Who.ADMIN));
        pages.put("work/payments.xhtml", Set.of(Who.ADMIN));
        pages.put("work/grants.xhtml", Set.of(Who.ADMIN));
        pages.put("work/reports.xhtml", Set.of(Who.ADMIN));
        pages.put("work/deadlines.xhtml", Set.of(Who.ADMIN));
        pages.put("dashboards/index.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/compare.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/organisations.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/chain.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/round.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/distribution.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/cofinancing.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/money.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/timeline.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("dashboards/reports.xhtml", Set.of(Who.ADMIN, Who.REGION));
        pages.put("my/projects.xhtml", Set.of(Who.RANDERS, Who.AARHUS));
        pages.put("my/deadlines.xhtml", Set.of(Who.RANDERS, Who.AARHUS));
        pages.put("my/contacts.xhtml", Set.of(Who.RANDERS, Who.AARHUS));
        pages.put("organisations/list.xhtml", Set.of(Who.ADMIN, Who.SYSADMIN));
        pages.put("organisations/edit.xhtml", Set.of(Who.ADMIN, Who.SYSADMIN));
        // Issue 10: the grantee's report form (read only for the fund's administrators) and the review.
        pages.put("reports/edit.xhtml", Set.of(Who.ADMIN, Who.RANDERS));
        pages.put("reports/review.xhtml", Set.of(Who.ADMIN));
        pages.put("admin/users.xhtml", Set.of(Who.SYSADMIN));
        pages.put("admin/security-log.xhtml", Set.of(Who.SYSADMIN));
        pages.put("admin/tokens.xhtml", Set.of(Who.SYSADMIN));
        pages.put("reports/attachments.xhtml", Set.of(Who.ADMIN, Who.RANDERS)); // issue 10: the owner edits, the fund reads
        pages.put("imports/allocations.xhtml", Set.of(Who.ADMIN)); // issue 12: fund administrators import lists
        return pages;
    }

    @Test
    void theLoginAndErrorPagesForSomeoneNotLoggedIn() {
        checkEveryPageOf(Who.ANONYMOUS);
    }

    @Test
    void everyPageOfAFundAdministrator() {
        checkEveryPageOf(Who.ADMIN);
    }

    @Test
    void everyPageOfTheApplicants() {
        checkEveryPageOf(Who.RANDERS);
        checkEveryPageOf(Who.AARHUS);
    }

    @Test
    void everyPageOfRegionalStaff() {
        checkEveryPageOf(Who.REGION);
    }

    @Test
    void everyPageOfTheSystemAdministrator() {
        checkEveryPageOf(Who.SYSADMIN);
    }

    @Test
    void everyPageInTheSourcesIsChecked() throws IOException {
        Path webapp = Path.of("../web/src/main/webapp");
        Set<String> inSources;
        try (Stream<Path> files = Files.walk(webapp)) {
            inSources = files.map(p -> webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(inSources, new TreeSet<>(pages().keySet()), "a page was added without an accessibility check");
    }

    private void checkEveryPageOf(Who who) {
        violations.clear();
        browser.manage().deleteAllCookies();
        if (who != Who.ANONYMOUS) {
            Browser.login(browser, who.name().toLowerCase(java.util.Locale.ROOT), DemoUser.PASSWORD);
        }
        pages().forEach((page, openers) -> {
            if (openers.contains(who)) {
                visit(who, page);
            }
        });
        assertEquals(List.of(), violations, "WCAG 2.1 AA violations for " + who);
    }

    /** Each state of the page that a person can meet. A page without a case here fails. */
    private void visit(Who who, String page) {
        switch (page) {
            case "login.xhtml" -> {
                open("login.xhtml");
                check(who, "login");
                browser.findElement(By.id("login:submit")).click();
                settle();
                check(who, "login, empty form submitted");
                browser.findElement(By.id("login:username")).sendKeys("aarhus");
                browser.findElement(By.id("login:password")).sendKeys("Forkert-kodeord-2026");
                browser.findElement(By.id("login:submit")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='login:messages'] .pulje-message-error")));
                check(who, "login failed");
                open("login.xhtml?loggedOut=true");
                check(who, "login after logout");
                open("login.xhtml?lang=en");
                check(who, "login in English");
                open("login.xhtml?lang=da");
            }
            case "error.xhtml" -> {
                open("error.xhtml");
                check(who, "error page");
                open(who == Who.ANONYMOUS ? "no-such-page.xhtml" : "projects/view.xhtml?id=999999999");
                check(who, "not found");
            }
            case "index.xhtml" -> {
                open("index.xhtml");
                check(who, "start page");
                open("index.xhtml?lang=en");
                check(who, "start page in English");
                open("index.xhtml?lang=da");
            }
            case "projects/list.xhtml" -> {
                open("projects/list.xhtml");
                check(who, "project list");
                WebElement title = browser.findElement(By.id("projectsForm:projects:titleColumn:filter"));
                title.sendKeys("a");
                settle();
                check(who, "project list, filtered");
                browser.findElement(By.cssSelector("[id='projectsForm:projects:grantedColumn'] .ui-column-title")).click();
                settle();
                check(who, "project list, sorted");
                List<WebElement> menus = browser.findElements(By.cssSelector("[id$='statusFilter']"));
                if (!menus.isEmpty()) {
                    menus.get(0).click();
                    settle();
                    check(who, "project list, status menu open");
                    browser.findElement(By.tagName("h1")).click();
                    settle();
                }
                open("projects/list.xhtml?town=Randers&year=2024&type=SCHOOL");
                check(who, "project list, drilled down from a dashboard (chips)");
                open("projects/list.xhtml?lang=en");
                check(who, "project list in English");
                open("projects/list.xhtml?lang=da");
            }
            case "projects/view.xhtml" -> {
                List<String> titles = switch (who) {
                    case RANDERS -> List.of(AI);
                    case AARHUS -> List.of(MATURATION);
                    default -> List.of(MATURATION, EUROSKILLS, AI);
                };
                WebClient client = WebClient.basic(who.name().toLowerCase(java.util.Locale.ROOT), DemoUser.PASSWORD);
                for (String title : titles) {
                    long id = client.projectId(title).orElseThrow();
                    open("projects/view.xhtml?id=" + id);
                    List<WebElement> tabs = browser.findElements(By.cssSelector("ul[role='tablist'] > li"));
                    for (int i = 0; i < tabs.size(); i++) {
                        WebElement tab = browser.findElements(By.cssSelector("ul[role='tablist'] > li")).get(i);
                        String name = tab.getText().strip();
                        tab.findElement(By.tagName("a")).click();
                        settle();
                        check(who, "project " + title + ", tab " + name);
                    }
                    if (who == Who.ADMIN) {
                        checkEveryWorkflowDialog(who, "project " + title);
                        open("projects/view.xhtml?id=" + id + "&lang=en");
                        check(who, "project " + title + " in English");
                        open("projects/view.xhtml?id=" + id + "&lang=da");
                    }
                }
            }
            case "projects/new.xhtml" -> {
                open("projects/new.xhtml");
                check(who, "register an application");
                for (String add : List.of("addPartner", "addContact", "addTargetGroup", "addActivity", "addGoal")) {
                    browser.findElement(By.id("app:" + add)).click();
                    settle();
                }
                browser.findElement(By.id("app:totalSum")).sendKeys("mange penge");
                browser.findElement(By.id("app:register")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='app:summary'] .pulje-message-error")));
                settle();
                check(who, "register an application, every kind of row, with errors");
                browser.findElement(By.id("app:newOrganisation")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("orgDialog")));
                settle();
                check(who, "register an application, new organisation dialog open");
                open("projects/new.xhtml?lang=en");
                check(who, "register an application in English");
                open("projects/new.xhtml?lang=da");
            }
            case "account/security.xhtml" -> {
                // Off, then an enrolment started (QR code, secret, code field); never confirmed, so the demo users'
                // logins stay one step.
                open("account/security.xhtml");
                check(who, "two-step verification, off");
                browser.findElement(By.id("mfa:start")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qr")));
                settle();
                check(who, "two-step verification, scan and confirm");
                browser.findElement(By.id("mfa:confirm")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='mfa:messages'] .pulje-message-error")));
                settle();
                check(who, "two-step verification, no code typed");
            }
            case "login-code.xhtml" -> {
                open("login-code.xhtml");
                check(who, "login, code step");
                browser.findElement(By.id("code:submit")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='code:messages'] .pulje-message-error")));
                check(who, "login, code step, empty form submitted");
            }
            case "account/password.xhtml" -> {
                open("account/password.xhtml");
                check(who, "password page");
                browser.findElement(By.id("password:change")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='password:messages'] .pulje-message-error")));
                check(who, "password page, empty form submitted");
            }
            case "funds/list.xhtml" -> {
                open("funds/list.xhtml");
                check(who, "funds");
                browser.findElement(By.id("newFund:threshold")).sendKeys("mange penge");
                browser.findElement(By.id("newFund:create")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='summary'] .pulje-message-error")));
                settle();
                check(who, "funds, new fund form with errors");
                open("funds/list.xhtml?lang=en");
                check(who, "funds in English");
                open("funds/list.xhtml?lang=da");
            }
            case "funds/fund.xhtml" -> {
                open("funds/list.xhtml");
                browser.findElement(By.linkText("Region Midtjyllands uddannelsespulje")).click();
                wait.until(ExpectedConditions.urlContains("funds/fund.xhtml"));
                settle();
                check(who, "fund");
                browser.findElement(By.id("newRound:roundEnvelope")).sendKeys("1.5");
                browser.findElement(By.id("newRound:roundDeadline")).sendKeys("31. februar");
                browser.findElement(By.id("newRound:create")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='summary'] .pulje-message-error")));
                settle();
                check(who, "fund, new round form with errors");
            }
            case "funds/round.xhtml" -> {
                open("funds/list.xhtml");
                browser.findElement(By.linkText("Region Midtjyllands uddannelsespulje")).click();
                wait.until(ExpectedConditions.urlContains("funds/fund.xhtml"));
                browser.findElement(By.linkText("Uddannelsespuljen 2024")).click();
                wait.until(ExpectedConditions.urlContains("funds/round.xhtml"));
                settle();
                check(who, "round with figures and sub-pools");
                browser.findElement(By.id("subPools:0:editForm:edit")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("subPool:cancelSubPool")));
                settle();
                check(who, "round, sub-pool open for editing");
                browser.findElement(By.id("subPool:subPoolName")).clear();
                browser.findElement(By.id("subPool:targetShare")).clear();
                browser.findElement(By.id("subPool:targetShare")).sendKeys("firs");
                browser.findElement(By.id("subPool:saveSubPool")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='summary'] .pulje-message-error")));
                settle();
                check(who, "round, sub-pool form with errors");
                browser.get(browser.getCurrentUrl().replaceAll("[?&]lang=\\w+", "") + "&lang=en");
                settle();
                check(who, "round in English");
                open("index.xhtml?lang=da");
            }
            case "work/deadlines.xhtml" -> {
                open(page);
                check(who, "deadline board");
                browser.findElement(By.id("deadlinesForm:overdueOnly")).click();
                WebElement days = browser.findElement(By.id("deadlinesForm:days"));
                days.clear();
                days.sendKeys("9999");
                browser.findElement(By.id("deadlinesForm:show")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='deadlinesForm'] .ui-message-error")));
                settle();
                check(who, "deadline board, days out of range");
                browser.findElement(By.cssSelector("[id='deadlinesForm:deadlines:dateColumn'] .ui-column-title")).click();
                settle();
                check(who, "deadline board, sorted");
                open(page + "?lang=en");
                check(who, "deadline board in English");
                open(page + "?lang=da");
            }
            case "my/projects.xhtml", "my/deadlines.xhtml" -> {
                open(page);
                check(who, page);
                open(page + "?lang=en");
                check(who, page + " in English");
                open(page + "?lang=da");
            }
            case "my/contacts.xhtml" -> {
                open(page);
                check(who, "contacts");
                browser.findElement(By.id("contacts:saveContact")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='contacts'] .ui-message-error")));
                settle();
                check(who, "contacts, empty form submitted");
                open(page + "?lang=en");
                check(who, "contacts in English");
                open(page + "?lang=da");
            }
            case "work/payments.xhtml", "work/grants.xhtml", "work/reports.xhtml" -> {
                open(page);
                check(who, page);
                List<WebElement> dueMenus = browser.findElements(By.cssSelector("[id$='dueFilter']"));
                if (!dueMenus.isEmpty()) {
                    new org.openqa.selenium.support.ui.Select(dueMenus.get(0)).selectByValue("OVERDUE");
                    settle();
                    check(who, page + ", overdue only");
                }
                open(page + "?lang=en");
                check(who, page + " in English");
                open(page + "?lang=da");
            }
            case "organisations/list.xhtml" -> {
                open("organisations/list.xhtml");
                check(who, "organisations, nothing typed yet");
                browser.findElement(By.id("search:text")).sendKeys("bibliotek");
                afterTyping();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.pulje-organisation-link")));
                settle();
                check(who, "organisations found as typed");
                open("organisations/list.xhtml?lang=en");
                check(who, "organisations in English");
                open("organisations/list.xhtml?lang=da");
            }
            case "organisations/edit.xhtml" -> {
                open("organisations/edit.xhtml");
                browser.findElement(By.id("organisation:cvr")).sendKeys("12345675");
                browser.findElement(By.id("organisation:town")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='organisation:cvrMessage'] .ui-message-error-detail, [id='organisation:cvrMessage'].ui-message-error")));
                settle();
                check(who, "new organisation, CVR number refused on blur");
                open("organisations/list.xhtml");
                browser.findElement(By.id("search:text")).sendKeys("Randers Bibliotek");
                afterTyping();
                wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Randers Bibliotek"))).click();
                wait.until(ExpectedConditions.urlContains("organisations/edit.xhtml"));
                settle();
                check(who, "organisation with contacts and projects");
                browser.findElement(By.id("contacts:contactTable:0:editContact")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contacts:cancelContact")));
                settle();
                check(who, "organisation, contact open for editing");
                browser.findElement(By.id("merge:duplicate")).sendKeys("Aalborg");
                afterTyping();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("merge:candidates:0:choose"))).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mergeCounts")));
                settle();
                check(who, "organisation, merge confirmation");
                browser.get(browser.getCurrentUrl().replaceAll("[?&]lang=\\w+", "") + "&lang=en");
                settle();
                check(who, "organisation in English");
                open("index.xhtml?lang=da");
            }
            case "admin/users.xhtml" -> {
                open("admin/users.xhtml");
                check(who, "users");
                browser.findElement(By.id("users:table:0:edit")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users:access")));
                settle();
                check(who, "users, access panel open");
                browser.findElement(By.id("newUser:create")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='newUser:newMessages'] .pulje-message-error")));
                check(who, "users, new user form with errors");
            }
            case "admin/security-log.xhtml" -> {
                open("admin/security-log.xhtml");
                check(who, "security log");
            }
            case "account/tokens.xhtml" -> {
                open("account/tokens.xhtml");
                check(who, "API tokens");
                browser.findElement(By.id("tokens:create")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='tokens:messages'] .pulje-message-error")));
                settle();
                check(who, "API tokens, empty form submitted");
                browser.findElement(By.id("tokens:name")).sendKeys("Tilgængelighed");
                browser.findElement(By.id("tokens:create")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:createdToken")));
                settle();
                check(who, "API tokens, new token shown once");
                browser.findElement(By.id("tokens:list:0:revoke")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tokens:confirmRevoke")));
                settle();
                check(who, "API tokens, revoke confirmation");
                browser.findElement(By.id("tokens:confirmRevoke")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='tokens:messages'] .pulje-message-info")));
                settle();
                check(who, "API tokens, revoked");
                open("account/tokens.xhtml?lang=en");
                check(who, "API tokens in English");
                open("account/tokens.xhtml?lang=da");
            }
            case "admin/tokens.xhtml" -> {
                dk.pulje.it.support.TestTokens.create("admin");
                open("admin/tokens.xhtml");
                check(who, "all API tokens");
                browser.findElement(By.id("adminTokens:list:0:revoke")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adminTokens:cancelRevoke")));
                settle();
                check(who, "all API tokens, revoke confirmation");
                browser.findElement(By.id("adminTokens:cancelRevoke")).click();
                settle();
            }
            case "reports/edit.xhtml" -> {
                if (who == Who.RANDERS) {
                    dk.pulje.it.support.ReportData.Fixture progress = dk.pulje.it.support.ReportData.progressReport("Tilgængelig statusrapport");
                    open("reports/edit.xhtml?id=" + progress.reportId());
                    check(who, "progress report form");
                    WebElement amount = browser.findElement(By.id("report:lines:1:spent"));
                    amount.sendKeys("1.000", org.openqa.selenium.Keys.TAB);
                    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:lines:1:dev"), "under"));
                    settle();
                    check(who, "progress report form, a deviation marked");
                    browser.findElement(By.id("report:submit")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:confirmSubmit")));
                    settle();
                    check(who, "progress report form, submit dialog open");
                    new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
                    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report:confirmSubmit")));
                    dk.pulje.it.support.ReportData.Fixture accounts = dk.pulje.it.support.ReportData.finalReport("Tilgængeligt regnskab",
                            new java.math.BigDecimal("300000"));
                    open("reports/edit.xhtml?id=" + accounts.reportId());
                    check(who, "final report with accounts and a written account");
                    browser.findElement(By.id("report:submit")).click();
                    wait.until(ExpectedConditions.elementToBeClickable(By.id("report:confirmSubmit"))).click();
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='summary'] .pulje-message-error")));
                    settle();
                    check(who, "final report refused, every gap named");
                    open("reports/edit.xhtml?id=" + accounts.reportId() + "&lang=en");
                    check(who, "final report in English");
                    open("index.xhtml?lang=da");
                    long seedReport = reportIdOf(AI, who);
                    open("reports/edit.xhtml?id=" + seedReport);
                    check(who, "the seed's final report, without a grant");
                } else {
                    dk.pulje.it.support.ReportData.Fixture progress = dk.pulje.it.support.ReportData.progressReport("Tilgængelig læsning");
                    open("reports/edit.xhtml?id=" + progress.reportId());
                    check(who, "report read by the fund's administrator");
                }
            }
            case "reports/review.xhtml" -> {
                dk.pulje.it.support.ReportData.Fixture progress = dk.pulje.it.support.ReportData.progressReport("Tilgængelig gennemsyn");
                open("reports/review.xhtml?id=" + progress.reportId());
                check(who, "review of a report not yet handed in");
                dk.pulje.it.support.ReportData.markSubmitted(progress.reportId());
                open("reports/review.xhtml?id=" + progress.reportId());
                check(who, "review of a handed-in report");
                browser.findElement(By.id("review:return")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review:confirmReturn")));
                settle();
                check(who, "review, return dialog open");
                new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("review:confirmReturn")));
                browser.findElement(By.id("review:approve")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("review:confirmApprove"))).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approved-outcome")));
                settle();
                check(who, "review, approved with the tranche released");
                open("reports/review.xhtml?id=" + progress.reportId() + "&lang=en");
                check(who, "review in English");
                open("index.xhtml?lang=da");
            }
            case "reports/attachments.xhtml" -> {
                // Issue 10 (attachments): a report of Randers Bibliotek with one file; randers may add and remove, and
                // meets the message of an upload without a file; admin reads.
                if (attachmentReport == null) {
                    attachmentReport = dk.pulje.it.attachment.AttachmentData.randersReport("Tilgængelige bilag", "DUE");
                }
                open("reports/attachments.xhtml?id=" + attachmentReport.reportId());
                check(who, "report attachments");
                if (who == Who.RANDERS) {
                    WebElement upload = browser.findElement(By.id("attachmentsForm:upload"));
                    upload.click();
                    wait.until(ExpectedConditions.stalenessOf(upload));
                    settle();
                    check(who, "report attachments, upload without a file");
                }
                open("reports/attachments.xhtml?id=" + attachmentReport.reportId() + "&lang=en");
                check(who, "report attachments in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/index.xhtml" -> {
                open(page);
                check(who, "dashboards hub");
                open(page + "?lang=en");
                check(who, "dashboards hub in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/compare.xhtml" -> {
                open(page);
                check(who, "compare, nothing chosen");
                long education = dk.pulje.it.support.ForeignFund.fundId("Uddannelsespuljen");
                long development = dk.pulje.it.support.ForeignFund.fundId("Udviklingspuljen");
                open(page + "?fund=" + education);
                check(who, "compare, one chosen");
                open(page + "?fund=" + education + "&fund=" + development);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#compare-chart canvas")));
                check(who, "compare two funds");
                open(page + "?fund=" + education + "&fund=" + development + "&lang=en");
                check(who, "compare two funds in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/organisations.xhtml" -> {
                open(page);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#organisations-chart canvas")));
                check(who, "organisations");
                open(page + "?town=Nowhere");
                check(who, "organisations, none");
                open(page + "?lang=en");
                check(who, "organisations in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/chain.xhtml" -> {
                open(page);
                check(who, "follow-up chains");
                open(page + "?type=COMPANY");
                check(who, "follow-up chains, none");
                open(page + "?lang=en");
                check(who, "follow-up chains in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/round.xhtml" -> {
                // Issue 11, question 2: without a round (the choice), the seed's round with its chart and table,
                // narrowed by a filter, and in English.
                long round = dk.pulje.it.support.ForeignFund.roundId("Uddannelsespuljen 2024");
                open(page);
                check(who, "round dashboard, no round chosen");
                open(page + "?round=" + round);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#subpool-chart canvas")));
                check(who, "round dashboard");
                open(page + "?round=" + round + "&town=Randers");
                check(who, "round dashboard, filtered on a town");
                open(page + "?round=" + round + "&lang=en");
                check(who, "round dashboard in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/distribution.xhtml" -> {
                open(page + "?by=town");
                check(who, "distribution by town");
                open(page + "?by=theme");
                check(who, "distribution by theme");
                browser.findElement(By.cssSelector("#scatter-table-details summary")).click();
                check(who, "distribution by theme, the scatter's table open");
                open(page + "?by=institution&lang=en");
                check(who, "distribution by lead institution in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/cofinancing.xhtml" -> {
                open(page);
                check(who, "co-financing");
                open(page + "?lang=en");
                check(who, "co-financing in English");
                open("index.xhtml?lang=da");
            }
            case "dashboards/money.xhtml", "dashboards/timeline.xhtml", "dashboards/reports.xhtml" -> {
                // Issue 11 (helper C): the chart or timeline with its table, filtered, and in English.
                open(page);
                settle();
                check(who, page);
                open(page + "?status=ACTIVE&page=2");
                settle();
                check(who, page + ", filtered");
                open(page + "?lang=en");
                settle();
                check(who, page + " in English");
                open("index.xhtml?lang=da");
            }
            case "imports/allocations.xhtml" -> {
                // Issue 12: the upload step, empty and with its error, then a small list with an error and a warning
                // through the columns and the problems (a check only: nothing is stored). ImportPageBrowserIT checks
                // the store, the result and the other files with axe as well.
                open(page);
                check(who, "import, upload");
                browser.findElement(By.id("upload:read")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary .pulje-message-error")));
                settle();
                check(who, "import, upload without fund or file");
                WebElement rounds = browser.findElement(By.id("upload:round"));
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("upload:fund")))
                        .selectByVisibleText("Region Midtjyllands uddannelsespulje");
                wait.until(ExpectedConditions.stalenessOf(rounds));
                settle();
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("upload:round"))).selectByVisibleText("Ny runde …");
                browser.findElement(By.id("upload:newRoundName")).sendKeys("Tilgængelighedsrunden");
                browser.findElement(By.id("upload:file")).sendKeys(smallList().toString());
                browser.findElement(By.id("upload:read")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mapping-heading")));
                settle();
                check(who, "import, columns and preview");
                browser.findElement(By.id("import:confirm")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-summary")));
                settle();
                check(who, "import, problems of every row");
                open(page + "?lang=en");
                check(who, "import in English");
                open(page + "?lang=da");
            }
            default -> throw new AssertionError("No accessibility check for " + page + ": add its states to visit()");
        }
    }

    /**
     * Each workflow step the project offers, with its dialog open; and the two dialogs with more to say: the grant
     * past the envelope asking for confirmation, and closing with its list of what is missing.
     */
    private void checkEveryWorkflowDialog(Who who, String project) {
        int steps = browser.findElements(By.cssSelector("#workflow button")).size();
        for (int i = 0; i < steps; i++) {
            WebElement button = browser.findElements(By.cssSelector("#workflow button")).get(i);
            String name = button.getText();
            button.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wf-dialog")));
            settle();
            check(who, project + ", dialog " + name + " open");
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("wf-dialog")));
        }
        if (!project.endsWith(AI)) {
            return; // the two special dialogs once
        }
        long review = dk.pulje.it.support.WorkflowData.project("Tilgængelig bevilling", "UNDER_REVIEW",
                new java.math.BigDecimal("100000"), new java.math.BigDecimal("500000"), new java.math.BigDecimal("300000"));
        open("projects/view.xhtml?id=" + review);
        browser.findElement(By.cssSelector("#workflow button[data-step='GRANT']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wf-dialog")));
        settle();
        browser.findElement(By.id("wf-form:wf-confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("wf-form:wf-confirm-envelope")));
        settle();
        check(who, "grant dialog asking to confirm past the envelope");
        long closing = dk.pulje.it.support.WorkflowData.project("Tilgængelig lukning", "FINAL_REPORT_DUE",
                new java.math.BigDecimal("100000"), new java.math.BigDecimal("500000"), new java.math.BigDecimal("300000"));
        open("projects/view.xhtml?id=" + closing);
        browser.findElement(By.cssSelector("#workflow button[data-step='CLOSE']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("wf-missing")));
        settle();
        check(who, "close dialog listing what is missing");
    }

    /** The id of a project's first report, read through the project page's link (as the caller sees it). */
    private long reportIdOf(String title, Who who) {
        long project = WebClient.basic(who.name().toLowerCase(java.util.Locale.ROOT), DemoUser.PASSWORD).projectId(title).orElseThrow();
        open("projects/view.xhtml?id=" + project + "&tab=reports");
        return Long.parseLong(browser.findElement(By.cssSelector("a.pulje-report-link")).getAttribute("data-report"));
    }

    /** A three-row list in a clerk's spelling: one fine row, one with "0324 mio." (a warning), one granted above total. */
    private static Path smallList() {
        try {
            Path file = Files.createTempDirectory("liste").resolve("bevillinger.csv");
            Files.writeString(file, """
                    Projekt;By;Delpulje;Samlet projektsum;Bevilget
                    Tilgængelig læring;Randers;Åben pulje;1,2 mio. kroner;0,6 mio. kroner
                    Ung til ung;Randers;Åben pulje;0324 mio. kroner;0,164 mio. kroner
                    For meget støtte;Aarhus;Åben pulje;0,5 mio. kroner;0,9 mio. kroner
                    """, java.nio.charset.StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void open(String path) {
        browser.get(Browser.baseUrl() + path);
        settle();
    }

    /** Waits until the page has loaded and PrimeFaces has no request or animation running. */
    /** Search-as-you-type fields send their request 250 ms after the last key: wait for it to start, then to end. */
    private void afterTyping() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
    }

    @Override
    protected void settle() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.jQuery || (jQuery.active === 0 && jQuery(':animated').length === 0)")));
        // CSS transitions too: axe once caught a flat button's text mid-way from white to blue (#5e95d4, 3.1:1).
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !document.getAnimations || document.getAnimations().every(a => !(a instanceof CSSTransition) || a.playState !== 'running')")));
    }

    private void check(Who who, String state) {
        violations.addAll(Accessibility.violations(browser, who + " · " + state));
    }
}
