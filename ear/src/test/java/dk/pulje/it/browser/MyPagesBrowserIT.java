package dk.pulje.it.browser;

import dk.pulje.application.shared.Clocks;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestUsers;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applicant's pages and the administrators' deadline board, as a person uses them. randers lands on "Mine
 * projekter" after login and finds the AI project's overdue final report in the calendar. An applicant of an
 * organisation of this test's own ("Læsehuset …", in a fund of its own that admin administers) owns "Læselyst i
 * lokalsamfundet" (an overdue status report, a milestone, a tranche) and takes part as partner in "Fælles
 * fortællinger"; they keep their contacts current by keyboard alone. The seed's funds and organisations stay as they are.
 */
@PuljeIntegrationTest
@RunAsClient
class MyPagesBrowserIT extends BrowserTest {

    private static final String UNIQUE = UUID.randomUUID().toString().substring(0, 6);
    private static final String OWNED = "Læselyst i lokalsamfundet " + UNIQUE;
    private static final String PARTNERED = "Fælles fortællinger " + UNIQUE;
    private static final String FUND = "Læsepuljen " + UNIQUE;
    private static String applicant;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void portfolio() throws SQLException {
        LocalDate today = LocalDate.now(Clocks.DANISH_TIME);
        applicant = TestUsers.create("ansoeger", DemoUser.PASSWORD, "APPLICANT");
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            long funder = id(db, "insert into organisation (name, type) values (?, 'AGENCY') returning id", "Læsefonden " + UNIQUE);
            long fund = id(db, "insert into fund (funder_id, name, short_name) values (?, ?, ?) returning id", funder, FUND, FUND);
            id(db, "insert into user_fund (user_id, fund_id, role) select id, ?, 'FUND_ADMIN' from user_account where username = 'admin' returning fund_id", fund);
            long own = id(db, "insert into organisation (name, type, town) values (?, 'LIBRARY', 'Viborg') returning id", "Læsehuset " + UNIQUE);
            long other = id(db, "insert into organisation (name, type, town) values (?, 'LIBRARY', 'Skive') returning id", "Skive Bibliotek " + UNIQUE);
            id(db, "insert into user_organisation (user_id, organisation_id) select id, ? from user_account where username = ? returning organisation_id",
                    own, applicant);
            long owned = id(db, """
                    insert into project (fund_id, owner_id, title, project_type, status, town, total_amount, total_currency)
                    values (?, ?, ?, 'DEVELOPMENT', 'ACTIVE', 'Viborg', 600000, 'DKK') returning id""", fund, own, OWNED);
            long grant = id(db, """
                    insert into project_grant (project_id, granted_amount, granted_currency, decision_date, planned_total)
                    values (?, 300000, 'DKK', date '2026-01-15', 300000) returning id""", owned);
            id(db, """
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                    values (?, ?, 100000, 'DKK', ?, 100000, 'DKK') returning id""", grant, today.minusDays(60), today.minusDays(60));
            id(db, "insert into payment (grant_id, planned_date, planned_amount, planned_currency) values (?, ?, 200000, 'DKK') returning id",
                    grant, today.plusDays(25));
            id(db, "insert into report_obligation (project_id, report_type, due_date, status) values (?, 'STATUS', ?, 'DUE') returning id",
                    owned, today.minusDays(5));
            id(db, "insert into milestone (project_id, title, due_date, status) values (?, 'Fortælleværksted afholdt', ?, 'PLANNED') returning id",
                    owned, today.plusDays(10));
            id(db, "insert into contact_person (organisation_id, name, job_title, email, phone) values (?, 'Birgitte Holm', 'Biblioteksleder', 'bh@laesehuset.dk', '86 62 00 00') returning id",
                    own);
            long partnered = id(db, """
                    insert into project (fund_id, owner_id, title, project_type, status, town, total_amount, total_currency)
                    values (?, ?, ?, 'DEVELOPMENT', 'ACTIVE', 'Skive', 400000, 'DKK') returning id""", fund, other, PARTNERED);
            id(db, "insert into project_partner (project_id, organisation_id, role) values (?, ?, 'PARTICIPANT') returning id", partnered, own);
            id(db, "insert into report_obligation (project_id, report_type, due_date, status) values (?, 'MIDWAY', ?, 'DUE') returning id",
                    partnered, today.plusDays(40));
        }
    }

    @Test
    void randersLandsOnMyProjectsAndFindsTheOverdueReportInTheCalendar() {
        login("randers");
        wait.until(ExpectedConditions.urlContains("my/projects.xhtml"));
        settle();
        assertEquals("Mine projekter", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Mine projekter", browser.findElement(By.id("nav-my-projects")).getText(), "first in the menu");
        WebElement ai = row("AI i borgernes hænder");
        assertTrue(ai.getText().contains("overskredet"), ai.getText());
        assertFalse(browser.getPageSource().contains("Læringsfællesskaber"), "never another organisation's project");
        Browser.screenshot(browser, "my-projects-randers");

        // By keyboard: the calendar link, then Enter.
        WebElement deadlines = browser.findElement(By.id("my-deadlines"));
        deadlines.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("my/deadlines.xhtml"));
        settle();
        WebElement overdue = browser.findElement(By.id("deadlines-overdue"));
        assertTrue(browser.findElement(By.id("month-overdue")).getText().contains("Overskredet"));
        assertTrue(overdue.getText().contains("AI i borgernes hænder"), overdue.getText());
        assertTrue(overdue.getText().contains("⚠ Overskredet"), "said in words, not by colour alone");
        Browser.screenshot(browser, "my-deadlines-randers");
    }

    @Test
    void anApplicantSeesOwnedAndPartnerProjectsWithMoneyDeadlinesAndWarnings() {
        login(applicant);
        wait.until(ExpectedConditions.urlContains("my/projects.xhtml"));
        settle();
        List<String> titles = browser.findElements(By.className("pulje-project-link")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(OWNED, PARTNERED), titles, "the overdue one first");
        WebElement owned = row(OWNED);
        assertTrue(owned.getText().contains("300.000 kr."), owned.getText());
        assertTrue(owned.getText().contains("100.000 kr."), "paid so far: " + owned.getText());
        assertTrue(owned.getText().contains("1 frist overskredet"), owned.getText());
        assertFalse(owned.getText().contains("Partner"), owned.getText());
        WebElement partner = row(PARTNERED);
        assertTrue(partner.getText().contains("Partner"), partner.getText());
        assertTrue(partner.getText().contains("Skive Bibliotek " + UNIQUE), "whose project it is: " + partner.getText());
        Browser.screenshot(browser, "my-projects");

        browser.findElement(By.id("nav-my-deadlines")).click();
        wait.until(ExpectedConditions.urlContains("my/deadlines.xhtml"));
        settle();
        List<String> headings = browser.findElements(By.cssSelector("section.pulje-month h2")).stream().map(WebElement::getText).toList();
        assertTrue(headings.get(0).contains("Overskredet"), "overdue first: " + headings);
        assertTrue(browser.findElement(By.id("deadlines-overdue")).getText().contains("Statusrapport"));
        String page = browser.findElement(By.id("main")).getText();
        assertTrue(page.contains("Fortælleværksted afholdt"), "the milestone");
        assertTrue(page.contains("Udbetaling af 200.000 kr."), "the tranche expected");
        assertTrue(page.contains("Midtvejsrapport"), "the partner project's report");
        assertFalse(page.contains("100.000 kr."), "not the paid tranche");
        Browser.screenshot(browser, "my-deadlines");
    }

    @Test
    void anApplicantKeepsTheirContactsCurrentByKeyboardAlone() {
        login(applicant);
        wait.until(ExpectedConditions.urlContains("my/projects.xhtml"));
        browser.findElement(By.id("my-contacts")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("my/contacts.xhtml"));
        settle();
        assertEquals("Læsehuset " + UNIQUE, browser.findElement(By.id("organisation-name")).getText());
        assertTrue(browser.findElement(By.id("contacts:contactTable")).getText().contains("Birgitte Holm"));

        // Add: type, Tab to the next field, Enter on the button.
        WebElement name = browser.findElement(By.id("contacts:contactName"));
        name.sendKeys("Jonas Krogh", Keys.TAB, "Formidler", Keys.TAB, "jk@laesehuset.dk", Keys.TAB, "86 62 00 11");
        WebElement save = browser.findElement(By.id("contacts:saveContact"));
        save.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(save));
        settle();
        assertTrue(browser.findElement(By.id("summary")).getText().contains("Jonas Krogh er tilføjet"),
                browser.findElement(By.id("summary")).getText());
        WebElement jonas = contactRow("Jonas Krogh");
        assertTrue(jonas.getText().contains("jk@laesehuset.dk"));

        // Change: "Ret", a new job title, save.
        WebElement edit = jonas.findElement(By.cssSelector("[id$='editContact']"));
        edit.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contacts:cancelContact")));
        settle();
        WebElement jobTitle = browser.findElement(By.id("contacts:contactJobTitle"));
        jobTitle.clear();
        jobTitle.sendKeys("Projektleder");
        Browser.screenshot(browser, "my-contacts");
        WebElement saveChange = browser.findElement(By.id("contacts:saveContact"));
        saveChange.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(saveChange));
        settle();
        assertTrue(contactRow("Jonas Krogh").getText().contains("Projektleder"));

        // A broken rule keeps what was typed and says why.
        WebElement email = browser.findElement(By.id("contacts:contactEmail"));
        browser.findElement(By.id("contacts:contactName")).sendKeys("Ida Lund");
        email.sendKeys("ikke-en-adresse");
        WebElement saveBad = browser.findElement(By.id("contacts:saveContact"));
        saveBad.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(saveBad));
        settle();
        assertTrue(browser.findElement(By.id("summary")).getText().contains("ikke-en-adresse"),
                browser.findElement(By.id("summary")).getText());
        assertEquals("Ida Lund", browser.findElement(By.id("contacts:contactName")).getAttribute("value"), "what was typed is kept");

        // Remove.
        WebElement remove = contactRow("Jonas Krogh").findElement(By.cssSelector("[id$='removeContact']"));
        remove.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(remove));
        settle();
        assertFalse(browser.findElement(By.id("contacts:contactTable")).getText().contains("Jonas Krogh"));
    }

    @Test
    void theAdministratorsBoardShowsWhatIsDueAndOverdueInTheirFunds() {
        login("admin");
        browser.get(Browser.baseUrl() + "work/deadlines.xhtml");
        settle();
        assertEquals("page", browser.findElement(By.id("work-deadlines")).getAttribute("aria-current"), "the board is in the work lists' menu");
        new Select(browser.findElement(By.id("deadlinesForm:fund"))).selectByVisibleText(FUND);
        WebElement show = browser.findElement(By.id("deadlinesForm:show"));
        show.click();
        wait.until(ExpectedConditions.stalenessOf(show));
        settle();
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='deadlinesForm:deadlines_data'] > tr"));
        List<String> texts = rows.stream().map(WebElement::getText).toList();
        assertEquals(3, rows.size(), "the overdue report, the milestone in 10 days, the tranche in 25; not the report in 40: " + texts);
        assertTrue(texts.get(0).contains("Statusrapport") && texts.get(0).contains("Overskredet"), texts.get(0));
        assertTrue(texts.get(1).contains("Fortælleværksted afholdt"), texts.get(1));
        assertTrue(texts.get(2).contains("200.000 kr."), texts.get(2));
        Browser.screenshot(browser, "work-deadlines");

        WebElement days = browser.findElement(By.id("deadlinesForm:days"));
        days.clear();
        days.sendKeys("60");
        WebElement again = browser.findElement(By.id("deadlinesForm:show"));
        again.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(again));
        settle();
        assertEquals(4, browser.findElements(By.cssSelector("[id='deadlinesForm:deadlines_data'] > tr")).size(), "60 days ahead");
    }

    @Test
    void theApplicantsPagesFitAPhone() {
        login(applicant);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        for (String page : List.of("my/projects.xhtml", "my/deadlines.xhtml", "my/contacts.xhtml", "my/projects.xhtml?lang=en")) {
            browser.get(Browser.baseUrl() + page);
            settle();
            Object sideways = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth ? document.documentElement.scrollWidth : 0");
            assertEquals(0L, ((Number) sideways).longValue(), page + " scrolls sideways on a phone");
        }
        assertTrue(browser.findElement(By.id("myProjectsForm:myProjects")).getText().contains("overdue"),
                "the warning stays on a phone");
        Browser.screenshot(browser, "my-projects-390-en");
        browser.get(Browser.baseUrl() + "my/projects.xhtml?lang=da");
    }

    private void login(String username) {
        browser.get(Browser.baseUrl() + "login.xhtml?lang=da"); // Danish, whatever the account chose last
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DemoUser.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(d -> !d.findElements(By.id("current-user")).isEmpty());
    }

    private WebElement row(String title) {
        return browser.findElements(By.cssSelector("[id='myProjectsForm:myProjects_data'] > tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow(() -> new AssertionError("no row " + title));
    }

    private WebElement contactRow(String name) {
        return browser.findElements(By.cssSelector("[id='contacts:contactTable_data'] > tr")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow(() -> new AssertionError("no contact " + name));
    }

    private static long id(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
