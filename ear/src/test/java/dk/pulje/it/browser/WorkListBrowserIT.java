package dk.pulje.it.browser;

import dk.pulje.application.shared.Clocks;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestFund;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fund administrator's day: the start page says what is waiting, each count leads to the list that holds it, the
 * lists sort and filter in the database and keep that in the address. The project "Bogbussen kører igen" (in the test
 * fund, written in SQL) has an overdue and a coming tranche, a paid one, two reports and a contact person; the demo
 * data adds the AI project's overdue final report.
 */
@PuljeIntegrationTest
@RunAsClient
class WorkListBrowserIT extends BrowserTest {

    private static final String BOOKBUS = "Bogbussen kører igen";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void bookbus() throws SQLException {
        LocalDate today = LocalDate.now(Clocks.DANISH_TIME);
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            if (id(db, "select count(*) from project where title = ?", BOOKBUS) > 0) {
                return;
            }
            // The test fund as TestFund.ensure() makes it, if no in-container test has made it yet.
            update(db, "insert into organisation (name, type) select 'Testfonden', 'AGENCY' where not exists (select 1 from organisation where name = 'Testfonden')");
            update(db, """
                    insert into fund (funder_id, name, short_name) select o.id, 'Puljen til integrationstestene', ?
                    from organisation o where o.name = 'Testfonden' and not exists (select 1 from fund where short_name = ?)""",
                    TestFund.SHORT_NAME, TestFund.SHORT_NAME);
            long fund = id(db, "select id from fund where short_name = ?", TestFund.SHORT_NAME);
            update(db, """
                    insert into user_fund (user_id, fund_id, role) select u.id, ?, 'FUND_ADMIN' from user_account u
                    where u.username = 'admin' and not exists (select 1 from user_fund f where f.user_id = u.id and f.fund_id = ? and f.role = 'FUND_ADMIN')""",
                    fund, fund);
            long owner = id(db, "insert into organisation (name, type, town) values ('Bogbusforeningen Vestjylland', 'NGO', 'Ringkøbing') returning id");
            long contact = id(db, "insert into contact_person (organisation_id, name, email, phone) values (?, 'Mette Kjær', 'mette@bogbus.dk', '97 32 10 00') returning id", owner);
            long project = id(db, """
                    insert into project (fund_id, owner_id, title, project_type, status, town, total_amount, total_currency)
                    values (?, ?, ?, 'DEVELOPMENT', 'ACTIVE', 'Ringkøbing', 800000, 'DKK') returning id""", fund, owner, BOOKBUS);
            update(db, "insert into project_contact (project_id, position, contact_person_id, role) values (?, 0, ?, 'Projektleder')", project, contact);
            long grant = id(db, """
                    insert into project_grant (project_id, granted_amount, granted_currency, decision_date)
                    values (?, 400000, 'DKK', date '2026-01-15') returning id""", project);
            update(db, """
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                    values (?, ?, 50000, 'DKK', ?, 50000, 'DKK')""", grant, today.minusDays(40), today.minusDays(40));
            update(db, "insert into payment (grant_id, planned_date, planned_amount, planned_currency) values (?, ?, 100000, 'DKK')",
                    grant, today.minusDays(3));
            update(db, """
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, release_condition)
                    values (?, ?, 100000, 'DKK', 'Når statusrapporten er godkendt')""", grant, today.plusDays(12));
            // What Grant.planPayment keeps (V12): the grant's Σ planned, paid tranches included.
            update(db, "update project_grant set planned_total = (select sum(planned_amount) from payment where grant_id = ?) where id = ?",
                    grant, grant);
            update(db, "insert into report_obligation (project_id, report_type, due_date, status) values (?, 'MIDWAY', ?, 'DUE')",
                    project, today.minusDays(2));
            update(db, "insert into report_obligation (project_id, report_type, due_date, status) values (?, 'STATUS', ?, 'DUE')",
                    project, today.plusDays(10));
        }
    }

    @Test
    void theStartPageLeadsToEachListAndTheListsKeepTheirStateInTheAddress() {
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        open("index.xhtml");
        WebElement today = browser.findElement(By.id("today"));
        assertEquals("Det skal du i dag", today.findElement(By.tagName("h2")).getText());
        long overduePayments = count("today-payments-overdue");
        long overdueReports = count("today-reports-overdue");
        assertTrue(overduePayments >= 1, "the book bus's tranche three days ago");
        assertTrue(overdueReports >= 2, "the book bus's midway report and the AI project's final report");
        assertTrue(count("today-grants") >= 1);
        assertTrue(browser.findElement(By.id("today-payments-overdue")).getText().contains("Forfaldne udbetalinger"));
        Browser.screenshot(browser, "start-todays-work");

        // Overdue payments: the count on the start page is the list's length, each row says "Forfalden" in words.
        browser.findElement(By.id("today-payments-overdue")).click();
        wait.until(ExpectedConditions.urlContains("work/payments.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("due=OVERDUE"));
        settle();
        assertEquals(overduePayments, total());
        WebElement bookbus = row(BOOKBUS);
        assertTrue(bookbus.getText().contains("Forfalden"), bookbus.getText());
        assertTrue(bookbus.getText().contains("100.000 kr."), bookbus.getText());
        assertTrue(bookbus.getText().contains("Bogbusforeningen Vestjylland"), bookbus.getText());
        Browser.screenshot(browser, "work-payments-overdue");

        // All due payments: the coming one too, with what releases it; not the paid one.
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[id$='dueFilter']"))).selectByValue("");
        wait.until(d -> !d.getCurrentUrl().contains("due="));
        settle();
        assertEquals(2, rows(BOOKBUS).size(), "the overdue and the coming tranche");
        assertTrue(rows(BOOKBUS).get(1).getText().contains("Når statusrapporten er godkendt"));

        // Reports, from the lists' own menu: whom to ask.
        browser.findElement(By.id("work-reports")).click();
        wait.until(ExpectedConditions.urlContains("work/reports.xhtml"));
        settle();
        assertTrue(row(BOOKBUS).getText().contains("Mette Kjær"), row(BOOKBUS).getText());
        assertTrue(row("AI i borgernes hænder").getText().contains("Loke Andersen"));
        assertTrue(row("AI i borgernes hænder").getText().contains("Overskredet"), "a report is overdue; a tranche falls due");
        Browser.screenshot(browser, "work-reports");

        // Grants not fully planned: sorted and filtered by the database, kept in the address across a reload.
        browser.findElement(By.id("work-grants")).click();
        wait.until(ExpectedConditions.urlContains("work/grants.xhtml"));
        settle();
        browser.findElement(By.cssSelector("[id='grantsForm:grants:grantedColumn'] .ui-column-title")).click();
        wait.until(ExpectedConditions.urlContains("sort=granted"));
        settle();
        browser.findElement(By.id("grantsForm:grants:projectColumn:filter")).sendKeys("bogbus");
        wait.until(ExpectedConditions.urlContains("q=bogbus"));
        settle();
        assertEquals(1, total());
        assertTrue(row(BOOKBUS).getText().contains("150.000 kr."), "400.000 granted − 250.000 planned: " + row(BOOKBUS).getText());
        browser.navigate().refresh();
        settle();
        assertEquals("bogbus", browser.findElement(By.id("grantsForm:grants:projectColumn:filter")).getAttribute("value"));
        assertEquals(1, total());
        Browser.screenshot(browser, "work-grants");

        // The project list's paid column: Σ paid of the grant.
        open("projects/list.xhtml?q=Bogbussen");
        assertTrue(row(BOOKBUS).findElement(By.cssSelector("td:last-child")).getText().contains("50.000 kr."),
                row(BOOKBUS).getText());

        open("work/payments.xhtml?lang=en");
        assertEquals("Payments", browser.findElement(By.tagName("h1")).getText());
        assertTrue(row(BOOKBUS).getText().contains("Overdue"));
        Browser.screenshot(browser, "work-payments-en");
        open("index.xhtml?lang=da");
    }

    private long count(String linkId) {
        // "⚠ 2": the sign beside an overdue count is hidden from screen readers, the words say it
        return Long.parseLong(browser.findElement(By.cssSelector("#" + linkId + " .pulje-today-count")).getText().replaceAll("\\D", ""));
    }

    /** The total of the table's page report: "Udbetalinger 1–3 af 3". */
    private long total() {
        String report = browser.findElement(By.cssSelector(".ui-paginator-current")).getText();
        String[] words = report.split("\\s+");
        return Long.parseLong(words[words.length - 1]);
    }

    private WebElement row(String title) {
        List<WebElement> rows = rows(title);
        assertTrue(!rows.isEmpty(), "no row for " + title);
        return rows.get(0);
    }

    private List<WebElement> rows(String title) {
        return browser.findElements(By.xpath("//tbody//tr[.//a[normalize-space(.)='" + title + "']]"));
    }

    private void open(String path) {
        browser.get(Browser.baseUrl() + path);
        settle();
    }


    private static void update(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long id(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
