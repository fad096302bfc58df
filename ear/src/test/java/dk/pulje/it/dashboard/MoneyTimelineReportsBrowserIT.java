package dk.pulje.it.dashboard;

import dk.pulje.application.shared.Clocks;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyFormat;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.ClientSql;
import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regional staff answer "how much is paid, and what falls due?" and "which reports are overdue, and whose?" from the
 * start page in three clicks (menu, question, and a filter), drill down to the projects behind a figure, export the
 * table, and read the timeline with its table view. Screenshots for the user guide (docs/images/dashboard-*.png).
 */
@PuljeIntegrationTest
@RunAsClient
class MoneyTimelineReportsBrowserIT extends BrowserTest {

    private static final String ROUND_LABEL = "Uddannelsespuljen · Uddannelsespuljen 2024";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeEach
    void logIn() {
        Browser.login(browser, "region", DemoUser.PASSWORD);
    }

    /** The export link's file, fetched with the same user's session: the page's href, minus the context path. */
    private static HttpResponse<byte[]> download(WebElement link) {
        String href = link.getAttribute("href");
        String path = href.substring(href.indexOf("/pulje/") + "/pulje/".length());
        return WebClient.loggedIn("region", DemoUser.PASSWORD).getBytes(path);
    }

    /** Scrolls the element to the top of the window: the user guide's picture starts at the figures, not the filters. */
    private void toTop(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", element);
    }

    private static String csv(HttpResponse<byte[]> answer) {
        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] bytes = answer.body();
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a byte-order mark, for Danish Excel");
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    @Test
    void moneyFromTheStartPageFilteredDrilledDownAndExported() {
        browser.get(Browser.baseUrl());
        browser.findElement(By.id("nav-dashboards")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question-money")));
        browser.findElement(By.cssSelector("#question-money a")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Penge over tid"));

        new Select(browser.findElement(By.id("round"))).selectByVisibleText(ROUND_LABEL);
        browser.findElement(By.id("filter-apply")).click();
        wait.until(ExpectedConditions.urlContains("round=" + ForeignFund.roundId("Uddannelsespuljen 2024")));
        settle();
        // Seed 002, the press release: 19.944.000 kr. granted; the seed records no payment.
        String granted = browser.findElement(By.id("money-granted")).getText();
        assertTrue(granted.contains(MoneyFormat.danish().amount(Money.dkk("19944000"))), granted);
        assertTrue(granted.contains("19.944.000"), granted);
        assertTrue(browser.findElement(By.id("money-paid")).getText().startsWith("0"), "nothing paid");
        WebElement canvas = browser.findElement(By.cssSelector("#money-chart canvas"));
        assertEquals("img", canvas.getAttribute("role"));
        assertTrue(canvas.getAttribute("aria-label").contains("Søjlediagram"), canvas.getAttribute("aria-label"));
        assertEquals(23, browser.findElements(By.cssSelector("[id$='money-table'] tbody tr")).size(), "a row per month");
        toTop(browser.findElement(By.id("money-totals-heading")));
        Browser.screenshot(browser, "dashboard-money-seed");

        String csv = csv(download(browser.findElement(By.id("money-export-csv"))));
        assertTrue(csv.startsWith("Måned;Udbetalt;Planlagt\r\n"), csv);
        assertEquals(24, csv.split("\r\n").length, "the header and 23 months");

        browser.findElement(By.id("money-granted-link")).click();
        wait.until(ExpectedConditions.urlContains("projects/list.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("round=" + ForeignFund.roundId("Uddannelsespuljen 2024")),
                "the drill-down keeps the filter: " + browser.getCurrentUrl());
    }

    /**
     * A fund administrator's fund with money moving: granted 800.000 kr., 200.000 paid two months ago, 150.000
     * planned next month and 100.000 in five months; so 25 % paid and 350.000 kr. not yet planned.
     */
    @Test
    void moneyMovingInAnAdministratorsFund() throws Exception {
        long project = dk.pulje.it.support.WorkflowData.project("Penge i bevægelse " + java.util.UUID.randomUUID().toString().substring(0, 6),
                "ACTIVE", new java.math.BigDecimal("5000000"), new java.math.BigDecimal("1000000"), new java.math.BigDecimal("800000"));
        java.time.YearMonth thisMonth = java.time.YearMonth.now(dk.pulje.application.shared.Clocks.DANISH_TIME);
        long fund;
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"))) {
            try (java.sql.PreparedStatement grant = db.prepareStatement("""
                    update project_grant set granted_amount = 800000, granted_currency = 'DKK', decision_date = date '2025-01-15',
                           planned_total = 450000 where project_id = ?""");
                 java.sql.PreparedStatement payments = db.prepareStatement("""
                    insert into payment (grant_id, planned_date, planned_amount, planned_currency, paid_date, paid_amount, paid_currency)
                    select g.id, v.planned, v.amount, 'DKK', v.paid, case when v.paid is null then null else v.amount end,
                           case when v.paid is null then null else 'DKK' end
                    from project_grant g, (values (cast(? as date), cast(200000 as numeric), cast(? as date)),
                                                  (cast(? as date), 150000, cast(null as date)),
                                                  (cast(? as date), 100000, cast(null as date))) v(planned, amount, paid)
                    where g.project_id = ?""");
                 java.sql.PreparedStatement fundOf = db.prepareStatement("select fund_id from project where id = ?")) {
                grant.setLong(1, project);
                grant.executeUpdate();
                payments.setObject(1, thisMonth.minusMonths(2).atDay(10));
                payments.setObject(2, thisMonth.minusMonths(2).atDay(10));
                payments.setObject(3, thisMonth.plusMonths(1).atDay(15));
                payments.setObject(4, thisMonth.plusMonths(5).atDay(1));
                payments.setLong(5, project);
                payments.executeUpdate();
                fundOf.setLong(1, project);
                try (java.sql.ResultSet row = fundOf.executeQuery()) {
                    row.next();
                    fund = row.getLong(1);
                }
            }
        }
        browser.manage().deleteAllCookies();
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "dashboards/money.xhtml?fund=" + fund);
        settle();
        assertTrue(browser.findElement(By.id("money-granted")).getText().contains("800.000 kr."));
        assertTrue(browser.findElement(By.id("money-paid")).getText().contains("200.000 kr."));
        assertEquals("25,00 %", browser.findElement(By.id("money-paid-share")).getAttribute("textContent").strip().replace('\u00a0', ' '));
        assertTrue(browser.findElement(By.id("money-unplanned")).getText().contains("350.000 kr."));
        String table = browser.findElement(By.cssSelector("[id$='money-table']")).getText();
        assertTrue(table.contains("150.000 kr.") && table.contains("100.000 kr."), table);
        toTop(browser.findElement(By.id("money-totals-heading")));
        Browser.screenshot(browser, "dashboard-money");
    }

    @Test
    void overdueReportsAndWhoseTheyAre() {
        browser.get(Browser.baseUrl() + "dashboards/index.xhtml");
        browser.findElement(By.cssSelector("#question-reports a")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Forsinkede rapporter"));
        settle();
        String table = browser.findElement(By.cssSelector("[id$='reports-table']")).getText();
        // Seed 000: AI i borgernes hænder owes its final report by 31 December 2025; Loke Andersen is its contact.
        assertTrue(table.contains("AI i borgernes hænder"), table);
        assertTrue(table.contains("Loke Andersen"), table);
        assertTrue(table.contains("31. december 2025"), table);
        assertTrue(table.contains("Randers Bibliotek"), table);
        Browser.screenshot(browser, "dashboard-reports");

        String csv = csv(download(browser.findElement(By.id("reports-export-csv"))));
        assertTrue(csv.startsWith("Projekt;Pulje;Runde;Projektejer;Kontaktperson;E-mail;Rapport;Frist;Dage forsinket\r\n"), csv);
        assertTrue(csv.contains("AI i borgernes hænder;Udviklingspuljen;;Randers Bibliotek;Loke Andersen;lda@randersbib.dk;"), csv);
        assertTrue(csv.contains(";31-12-2025;"), csv);

        new Select(browser.findElement(By.id("fund"))).selectByVisibleText("Uddannelsespuljen");
        browser.findElement(By.id("filter-apply")).click();
        wait.until(ExpectedConditions.urlContains("fund="));
        settle();
        assertFalse(browser.findElement(By.cssSelector("[id$='reports-table']")).getText().contains("AI i borgernes hænder"),
                "AI belongs to Udviklingspuljen");
    }

    private static final String TIMELINE_PROJECT = "Læselyst i Skanderborg";

    /**
     * A project of a fund of its own whose period runs from half a year ago to half a year ahead, with a final report
     * ten days late: dated from today, so that the timeline's window (a year back, two ahead) always holds it. The seed's
     * AI project ends 31 December 2025 and leaves that window on 1 January 2027. Written once per test run (without a
     * random token, as the user guide's picture shows it); region reads the fund for this test only, since other tests
     * count region's portfolio. Returns the project's {start, end} as stored.
     */
    private static LocalDate[] timelineFixture() throws SQLException {
        LocalDate today = LocalDate.now(Clocks.DANISH_TIME);
        try (Connection db = ClientSql.connect()) {
            ClientSql.update(db, """
                    insert into organisation (name, type) select 'Østjysk Kulturfond', 'AGENCY'
                    where not exists (select 1 from organisation where name = 'Østjysk Kulturfond')""");
            ClientSql.update(db, """
                    insert into fund (funder_id, name, short_name)
                    select o.id, 'Kulturpuljen Østjylland', 'Kulturpuljen Østjylland' from organisation o
                    where o.name = 'Østjysk Kulturfond' and not exists (select 1 from fund where name = 'Kulturpuljen Østjylland')""");
            long fund = ClientSql.id(db, "select id from fund where name = 'Kulturpuljen Østjylland'");
            ClientSql.update(db, """
                    insert into funding_round (fund_id, name, round_year, envelope_amount, envelope_currency)
                    select ?, 'Kulturpuljen Østjylland ' || ?, ?, 1000000, 'DKK'
                    where not exists (select 1 from funding_round where fund_id = ?)""", fund, today.getYear(), today.getYear(), fund);
            long round = ClientSql.id(db, "select id from funding_round where fund_id = ?", fund);
            ClientSql.update(db, """
                    insert into organisation (name, type, town) select 'Skanderborg Bibliotek', 'LIBRARY', 'Skanderborg'
                    where not exists (select 1 from organisation where name = 'Skanderborg Bibliotek')""");
            if (ClientSql.update(db, """
                    insert into project (fund_id, round_id, owner_id, title, project_type, status, town, start_date, end_date,
                                         total_amount, total_currency)
                    select ?, ?, o.id, ?, 'DEVELOPMENT', 'ACTIVE', 'Skanderborg', ?, ?, 400000, 'DKK' from organisation o
                    where o.name = 'Skanderborg Bibliotek' and not exists (select 1 from project where fund_id = ?)""",
                    fund, round, TIMELINE_PROJECT, today.minusMonths(6).withDayOfMonth(1),
                    today.plusMonths(6).withDayOfMonth(1).minusDays(1), fund) == 1) {
                ClientSql.update(db, """
                        insert into report_obligation (project_id, report_type, due_date, status)
                        select id, 'FINAL', ?, 'DUE' from project where fund_id = ?""", today.minusDays(10), fund);
            }
            ClientSql.update(db, """
                    insert into user_fund (user_id, fund_id, role)
                    select id, ?, 'REGIONAL_STAFF' from user_account where username = 'region'""", fund);
            timelineFund = fund;
            try (var period = db.prepareStatement("select start_date, end_date from project where fund_id = ?")) {
                period.setLong(1, fund);
                try (var row = period.executeQuery()) {
                    row.next();
                    return new LocalDate[]{row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)};
                }
            }
        }
    }

    private static Long timelineFund;

    @AfterEach
    void regionNoLongerReadsTheTimelineFund() throws SQLException {
        if (timelineFund != null) {
            try (Connection db = ClientSql.connect()) {
                ClientSql.update(db, "delete from user_fund where fund_id = ?", timelineFund);
            }
            timelineFund = null;
        }
    }

    @Test
    void theTimelineWithTodaysLineAndItsTableView() throws SQLException {
        LocalDate[] period = timelineFixture();
        browser.get(Browser.baseUrl() + "dashboards/money.xhtml");
        browser.findElement(By.id("dashboard-nav-timeline")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tidslinje"));
        settle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".vis-timeline .vis-current-time")));
        WebElement chart = browser.findElement(By.id("timeline-chart"));
        // The project's period as a bar and its final report as a point, drawn by the timeline itself.
        wait.until(d -> d.findElements(By.cssSelector("#timeline-chart .vis-item.vis-range")).size() >= 1
                && d.findElements(By.cssSelector("#timeline-chart .vis-item.vis-point")).size() >= 1);
        assertTrue(chart.getSize().getHeight() > 40, "the timeline is drawn: " + chart.getSize());
        // vis-timeline keeps itself hidden until its first range change when given a start and an end: it once
        // stood on the page, items and all, and showed nothing.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#timeline-chart .vis-timeline")));
        String drawn = chart.getAttribute("textContent");
        assertTrue(drawn.contains("Slutrapport") && drawn.contains("forsinket"), "an overdue deadline says so in words: " + drawn);
        DateTimeFormatter danish = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("da"));
        String row = browser.findElement(By.xpath("//*[contains(@id, 'timeline-table')]//tr[.//a[normalize-space() = '"
                + TIMELINE_PROJECT + "']]")).getText().replace('\n', ' ');
        assertTrue(row.contains(danish.format(period[0]) + " – " + danish.format(period[1])), "its period in Danish words: " + row);
        assertTrue(row.contains("forsinket rapport"), "its final report is overdue: " + row);
        toTop(browser.findElement(By.id("timeline-heading")));
        Browser.screenshot(browser, "dashboard-timeline");
    }
}
