package dk.pulje.it.browser;

import dk.pulje.it.support.Accessibility;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fund administrator's workspace on the project page: the budget edited inline by keyboard, a financing source,
 * two payments planned and one paid, a report received and approved (which releases the payment waiting for it), and
 * all of it in the history as sentences; axe on every tab as it looks while editing; a reader still sees no forms.
 */
@PuljeIntegrationTest
@RunAsClient
class WorkspaceBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void anAdministratorKeepsTheBudgetFinancingPaymentsAndReportsOfAProject() {
        long id = grantedProject();
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id + "&tab=finances");

        // A budget line added below the table, then changed in place by keyboard alone.
        new Select(browser.findElement(By.id("tabs:budgetForm:newCategory"))).selectByValue("SALARIES");
        browser.findElement(By.id("tabs:budgetForm:newYear")).sendKeys("2025");
        browser.findElement(By.id("tabs:budgetForm:newAmount")).sendKeys("450.000");
        browser.findElement(By.id("tabs:budgetForm:addLine")).click();
        waitForMessage("Budgetposten er tilføjet.");
        assertEquals("450.000 kr.", cell("tabs:budgetForm:budgetLines", 0, 2));

        WebElement pencil = browser.findElement(By.cssSelector("[id='tabs:budgetForm:budgetLines'] tbody tr .ui-row-editor-pencil"));
        pencil.sendKeys(Keys.ENTER);
        WebElement amount = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:budgetForm:budgetLines:0:amount")));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "457.000", Keys.ENTER);
        waitForMessage("Budgetposten er gemt.");
        assertEquals("457.000 kr.", cell("tabs:budgetForm:budgetLines", 0, 2));
        assertEquals("457.000 kr.", cell("tabs:budgetForm:perYear", 0, 1), "the year's total follows");
        assertEquals("543.000 kr.", browser.findElement(By.id("budget-gap")).getText(), "1.000.000 kr. − 457.000 kr.");
        Browser.screenshot(browser, "workspace-budget");

        // A financing source: own cash; the gap is evaluated again at once.
        new Select(browser.findElement(By.id("tabs:financingForm:kind"))).selectByValue("OWN_CASH");
        browser.findElement(By.id("tabs:financingForm:financingAmount")).sendKeys("400.000");
        browser.findElement(By.id("tabs:financingForm:saveFinancing")).click();
        waitForMessage("Finansieringskilden er gemt.");
        assertEquals(1, rows("tabs:financing").size());
        assertEquals("600.000 kr.", browser.findElement(By.id("financing-gap")).getText(), "1.000.000 kr. − 400.000 kr.");

        // Two payments: one now, one waiting for the status report; the first marked paid with its reference.
        plan("1.3.2025", "300.000", null);
        plan("1.7.2025", "300.000", "Statusrapport");
        assertEquals(2, rows("tabs:payments").size());
        assertTrue(rows("tabs:payments").get(1).contains("Venter på godkendt rapport"), rows("tabs:payments").toString());
        browser.findElement(By.id("tabs:payments:0:paymentActions:pay")).click();
        WebElement reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:payForm:reference")));
        WebElement paidDate = browser.findElement(By.id("tabs:payForm:paidDate"));
        paidDate.clear();
        paidDate.sendKeys("3.3.2025");
        reference.sendKeys("Bilag 2025-0117");
        browser.findElement(By.id("tabs:payForm:recordPaid")).click();
        waitForMessage("Udbetalingen er registreret.");
        assertEquals("300.000 kr.", browser.findElement(By.id("payments-paid")).getText());
        assertEquals("300.000 kr.", browser.findElement(By.id("payments-left")).getText());
        assertEquals("600.000 kr.", browser.findElement(By.id("payments-planned")).getText());
        Browser.scrollTo(browser, browser.findElement(By.id("tabs:payments")));
        Browser.screenshot(browser, "workspace-payments");
        Accessibility.assertNoViolations(browser, "workspace, finances tab while editing");

        // The report came by e-mail: recorded as received, then approved; the payment waiting for it is released.
        tab("Rapporter og milepæle");
        browser.findElement(By.id("tabs:reportTable:0:reportActions:handle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabs:handleForm:received"))).click();
        waitForMessage("Rapporten er registreret som modtaget.");
        Browser.screenshot(browser, "workspace-report-received");
        Accessibility.assertNoViolations(browser, "workspace, a report being handled");
        browser.findElement(By.id("tabs:handleForm:approve")).click();
        waitForMessage("Rapporten er godkendt. Rater, der ventede på den, er frigivet til udbetaling.");
        assertTrue(rows("tabs:reportTable").get(0).contains("Godkendt"), rows("tabs:reportTable").toString());
        tab("Økonomi");
        assertTrue(rows("tabs:payments").get(1).contains("Frigivet"), rows("tabs:payments").toString());

        // Every change, one sentence each.
        tab("Historik");
        List<String> history = rows("tabs:historyTable");
        assertTrue(history.stream().anyMatch(r -> r.matches(
                "Budgetpost – Løn: beløb ændret fra 450\\.000 kr\\. til 457\\.000 kr\\. af Anne Kjær Madsen \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d\\.\\d\\d")),
                history.toString());
        assertTrue(history.stream().anyMatch(r -> r.startsWith("Finansiering – Egen kontant finansiering: tilføjet af Anne Kjær Madsen")
                || r.startsWith("Finansiering – ") && r.contains(": tilføjet af Anne Kjær Madsen")), history.toString());
        assertTrue(history.stream().anyMatch(r -> r.contains("betalingsreference sat til Bilag 2025-0117 af Anne Kjær Madsen")),
                history.toString());
        assertTrue(history.stream().anyMatch(r -> r.contains(": frigivet sat til ")), history.toString());
        assertTrue(history.stream().anyMatch(r -> r.contains("Rapport – Statusrapport: godkendt af Anne Kjær Madsen")),
                history.toString());
        Browser.screenshot(browser, "workspace-history");

        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id + "&tab=history&lang=en");
        assertTrue(rows("tabs:historyTable").stream().anyMatch(r -> r.matches(
                "Budget line – Salaries: amount changed from .*457,000.* by Anne Kjær Madsen on .*")), rows("tabs:historyTable").toString());

        // axe on every tab of the workspace, for the administrator who edits it.
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id + "&lang=da");
        for (String title : List.of("Overblik", "Partnere og kontakter", "Indhold", "Økonomi", "Rapporter og milepæle", "Historik")) {
            tab(title);
            Accessibility.assertNoViolations(browser, "workspace tab " + title);
        }
        tab("Overblik");
        Browser.screenshot(browser, "workspace-overview");
    }

    @Test
    void aRuleBrokenKeepsWhatWasTypedAndTheTabIsKeptInTheAddress() {
        long id = grantedProject();
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + id);
        tab("Økonomi");
        wait.until(d -> d.getCurrentUrl().contains("tab=finances"));
        browser.findElement(By.id("tabs:planForm:plannedAmount")).sendKeys("700.000");
        browser.findElement(By.id("tabs:planForm:plannedCondition")).sendKeys("Første rate");
        browser.findElement(By.id("tabs:planForm:planPayment")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "overstige bevillingen"));
        assertTrue(browser.findElement(By.id("tabs:planForm:plannedAmount")).getAttribute("value").startsWith("700.000"),
                "the amount typed stays in the field");
        assertEquals("Første rate", browser.findElement(By.id("tabs:planForm:plannedCondition")).getAttribute("value"));
        assertTrue(rows("tabs:payments").isEmpty(), "nothing was planned");
        tab("Overblik");
        wait.until(d -> !d.getCurrentUrl().contains("tab="));
    }

    @Test
    void aReaderSeesThePageWithoutForms() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "projects/list.xhtml");
        browser.findElement(By.cssSelector("tbody tr:first-child .pulje-project-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("project-title")));
        for (String title : List.of("Overblik", "Partnere og kontakter", "Indhold", "Økonomi", "Rapporter og milepæle", "Historik")) {
            tab(title);
            assertEquals(List.of(), browser.findElements(By.cssSelector(".pulje-tabs form")).stream()
                    .map(f -> f.getAttribute("id")).toList(), "no forms on " + title);
            assertTrue(browser.findElements(By.cssSelector(".pulje-tabs input:not([type='hidden']), .pulje-tabs textarea, "
                    + ".pulje-tabs select, .pulje-tabs button")).isEmpty(), "no fields or buttons on " + title);
        }
    }

    private void plan(String date, String amount, String report) {
        browser.findElement(By.id("tabs:planForm:plannedDate")).sendKeys(date);
        browser.findElement(By.id("tabs:planForm:plannedAmount")).sendKeys(amount);
        if (report != null) {
            Select reports = new Select(browser.findElement(By.id("tabs:planForm:plannedReport")));
            reports.getOptions().stream().filter(o -> o.getText().startsWith(report)).findFirst().orElseThrow().click();
        }
        int before = rows("tabs:payments").size();
        browser.findElement(By.id("tabs:planForm:planPayment")).click();
        wait.until(d -> rows("tabs:payments").size() == before + 1);
    }

    private void waitForMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), text));
    }

    private void tab(String title) {
        browser.findElement(By.xpath("//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
        wait.until(d -> d.findElement(By.xpath("//ul[@role='tablist']//li[.//a[normalize-space()='" + title + "']]"))
                .getAttribute("class").contains("ui-state-active"));
    }

    private String cell(String tableId, int row, int column) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr")).get(row)
                .findElements(By.tagName("td")).get(column).getText().strip();
    }

    private List<String> rows(String tableId) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr:not(.ui-datatable-empty-message)")).stream()
                .map(WebElement::getText)
                .map(text -> text.replace('\n', ' ').strip())
                .filter(text -> !text.isEmpty())
                .toList();
    }

    /**
     * A granted project (1.000.000 kr. total, 600.000 kr. granted) with a status report due, in the test fund that
     * admin administers, written straight into the test database: the demo projects stay as the seeds say.
     */
    private static long grantedProject() {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            update(db, "insert into organisation (name, type) select 'Testfonden', 'AGENCY' where not exists (select 1 from organisation where name = 'Testfonden')");
            update(db, """
                    insert into fund (funder_id, name, short_name) select o.id, 'Puljen til integrationstestene', 'Testpuljen'
                    from organisation o where o.name = 'Testfonden' and not exists (select 1 from fund where short_name = 'Testpuljen')""");
            long fund = id(db, "select id from fund where short_name = 'Testpuljen'");
            update(db, """
                    insert into user_fund (user_id, fund_id, role) select u.id, ?, 'FUND_ADMIN' from user_account u
                    where u.username = 'admin' and not exists (select 1 from user_fund f where f.user_id = u.id and f.fund_id = ?)""",
                    fund, fund);
            String title = "Arbejdsbordet " + UUID.randomUUID().toString().substring(0, 8);
            update(db, """
                    insert into project (fund_id, title, project_type, status, start_date, end_date, total_amount, total_currency)
                    values (?, ?, 'DEVELOPMENT', 'GRANTED', date '2025-01-01', date '2025-12-31', 1000000, 'DKK')""", fund, title);
            long project = id(db, "select id from project where title = '" + title + "'");
            update(db, """
                    insert into project_grant (project_id, applied_amount, applied_currency, granted_amount, granted_currency, decision_date)
                    values (?, 600000, 'DKK', 600000, 'DKK', date '2025-01-15')""", project);
            update(db, """
                    insert into report_obligation (project_id, report_type, due_date, status)
                    values (?, 'STATUS', date '2025-06-30', 'DUE')""", project);
            return project;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the project", e);
        }
    }

    private static void update(Connection db, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long id(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("Nothing for " + sql);
            }
            return row.getLong(1);
        }
    }
}
