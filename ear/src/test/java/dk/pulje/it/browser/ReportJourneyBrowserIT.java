package dk.pulje.it.browser;

import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.ReportData;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's journey between the grantee and the fund (issue 10): randers writes a progress report over two visits
 * with spending per budget line and a PDF attachment and hands it in; admin returns it with a comment on one section; randers finds the
 * comment beside that field, corrects and hands it in again; admin approves it and sees the tranche released. And a
 * final report with accounts of the declaration tier: refused while the declaration is missing (every gap named, what
 * was typed kept), then handed in and approved, with unspent money and repayment recorded.
 */
@PuljeIntegrationTest
@RunAsClient
class ReportJourneyBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void aProgressReportIsWrittenReturnedCorrectedAndApproved() {
        ReportData.Fixture fixture = ReportData.progressReport("Statusrapport i browseren");

        // First visit: from the project page's reports tab, a start on the report, saved as a draft.
        Browser.login(browser, "randers", DemoUser.PASSWORD);
        openReportLink(fixture, "Skriv rapport");
        type(By.id("report:periodFrom"), "1.1.2026");
        type(By.id("report:periodTo"), "30.6.2026");
        type(section("HAPPENED"), "Vi har holdt to workshops for i alt 48 borgere.");
        typeAmount(By.id("report:lines:0:spent"), "25.000");
        // A PDF attached in the attachments' own form, between typing and saving: what was typed stays, and the
        // draft still saves (an upload does not change the version the form carries).
        WebElement upload = browser.findElement(By.id("attachmentsForm:upload"));
        browser.findElement(By.cssSelector("#attachmentsForm input[type='file']")).sendKeys(samplePdf().toString());
        upload.click();
        wait.until(ExpectedConditions.stalenessOf(upload));
        settle();
        assertTrue(browser.findElement(By.id("attachmentsForm:attachmentList")).getText().contains("Workshopprogram.pdf"));
        assertEquals("25.000", browser.findElement(By.id("report:lines:0:spent")).getAttribute("value"), "as typed, untouched");
        browser.findElement(By.id("report:saveDraft")).click();
        waitForMessage("Kladden er gemt kl.");

        // Second visit: the link now says "Fortsæt", and the draft is there.
        openReportLink(fixture, "Fortsæt");
        assertEquals("Vi har holdt to workshops for i alt 48 borgere.", browser.findElement(section("HAPPENED")).getAttribute("value"));
        assertEquals("25.000 kr.", browser.findElement(By.id("report:lines:0:spent")).getAttribute("value"));
        type(section("DEVIATIONS"), "Ingen.");
        type(section("NEXT_STEPS"), "To workshops mere i efteråret.");
        typeAmount(By.id("report:lines:1:spent"), "10.000");
        // 10.000 kr. against the line's budget: far under it, said in words beside the amount.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report:lines:1:dev"), "under budgettet"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("report:milestones:0:status"))).selectByValue("REACHED");
        type(By.cssSelector("[id='report:goals:0:value']"), "48 deltagere; 80 % trygge");
        Browser.screenshot(browser, "report-edit-progress");
        submitReport();
        assertTrue(browser.findElement(By.id("report-locked")).getText().contains("låst"));
        assertTrue(browser.findElements(By.id("report:saveDraft")).isEmpty(), "a submitted report has no form");
        Browser.screenshot(browser, "report-submitted");

        // The fund returns it with a comment on one section.
        switchTo("admin");
        openReportLink(fixture, "Gennemse");
        assertTrue(browser.findElement(By.id("content-spending")).getText().contains("25.000 kr."));
        assertTrue(browser.findElement(By.id("attachmentsForm:attachmentList")).getText().contains("Workshopprogram.pdf"),
                "the fund reads the attachment on the review page");
        type(By.cssSelector("#review textarea[data-section='DEVIATIONS']"),
                "Skriv, hvorfor aktiviteterne har brugt under halvdelen af budgettet.");
        Browser.screenshot(browser, "report-review");
        decide("return", "confirmReturn", "returned-outcome");

        // The grantee sees the comment beside the field it is about, corrects and hands in again.
        switchTo("randers");
        openReportLink(fixture, "Fortsæt");
        WebElement comment = browser.findElement(By.id("comment-DEVIATIONS"));
        assertTrue(comment.getText().contains("Puljens kommentar"), comment.getText());
        assertTrue(comment.getText().contains("under halvdelen af budgettet"));
        assertEquals("comment-DEVIATIONS", browser.findElement(section("DEVIATIONS")).getAttribute("aria-describedby"));
        assertTrue(browser.findElements(By.id("comment-HAPPENED")).isEmpty(), "no comment where the fund wrote none");
        Browser.scrollTo(browser, comment);
        Browser.screenshot(browser, "report-returned");
        browser.findElement(section("DEVIATIONS")).clear();
        type(section("DEVIATIONS"), "Workshopperne blev billigere, fordi biblioteket stillede lokaler til rådighed.");
        submitReport();

        // The fund approves; the tranche waiting for the report is released.
        switchTo("admin");
        browser.get(Browser.baseUrl() + "reports/review.xhtml?id=" + fixture.reportId());
        settle();
        assertTrue(browser.findElement(By.id("content-period")).isDisplayed());
        decide("approve", "confirmApprove", "approved-outcome");
        assertEquals("Godkendt", browser.findElement(By.id("report-status")).getText(), "the heading's status follows the decision");
        String outcome = browser.findElement(By.id("approved-outcome")).getText();
        assertTrue(outcome.contains("40.000 kr."), outcome);
        // The page says the date in Danish time (Clocks.DANISH_TIME); between 23 and 24 UTC that is already tomorrow.
        assertTrue(outcome.contains(LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).format(DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da")))), outcome);
        Browser.scrollTo(browser, browser.findElement(By.id("report-title")));
        Browser.screenshot(browser, "report-approved");
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + fixture.projectId() + "&tab=finances");
        settle();
        assertTrue(browser.getPageSource().contains("Frigivet"), "the project page shows the tranche released");
        // The budget against the spending the approved report states, a deviation beyond 10 % said in words.
        WebElement spending = browser.findElement(By.id("spending-table"));
        assertTrue(spending.getText().contains("25.000 kr."), spending.getText());
        assertTrue(spending.getText().contains("under budgettet"), spending.getText());
        Browser.scrollTo(browser, spending);
        Browser.screenshot(browser, "project-spending");
    }

    @Test
    void aFinalReportWithADeclarationIsRefusedUntilCompleteThenApprovedWithItsRepayment() {
        ReportData.Fixture fixture = ReportData.finalReport("Slutrapport i browseren", new BigDecimal("80000"));
        Browser.login(browser, "randers", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "reports/edit.xhtml?id=" + fixture.reportId());
        settle();
        assertTrue(browser.findElement(By.id("accounts-tier")).getText().contains("80.000 kr."));
        assertTrue(browser.findElement(By.id("accounts-tier")).getText().contains("erklæring"));
        type(section("RESULTS"), "48 borgere har lært at bruge AI-værktøjer.");
        typeAmount(By.id("report:lines:0:spent"), "60.000");
        typeAmount(By.id("report:lines:1:spent"), "30.000");
        typeAmount(By.id("report:sources:0:realised"), "20.000");
        // Of 90.000 kr. spent, 20.000 kr. came from the library: the grant paid 70.000 kr. of the 80.000 kr. paid out.
        wait.until(ExpectedConditions.textToBe(By.id("live-repayment"), "10.000 kr."));
        assertEquals("10.000 kr.", browser.findElement(By.id("live-unspent")).getText());

        submitReportExpectingRefusal();
        String refusal = browser.findElement(By.id("summary")).getText();
        assertTrue(refusal.contains("skriv navnet på den, der underskriver"), refusal);
        assertTrue(refusal.contains("sæt kryds i erklæringen"), refusal);
        WebElement signer = browser.findElement(By.id("report:signerName"));
        assertEquals("true", signer.getAttribute("aria-invalid"), "the gap's field is marked: " + signer.getAttribute("outerHTML"));
        assertEquals("60.000 kr.", browser.findElement(By.id("report:lines:0:spent")).getAttribute("value"), "what was typed is kept");
        assertEquals("48 borgere har lært at bruge AI-værktøjer.", browser.findElement(section("RESULTS")).getAttribute("value"));

        type(By.id("report:signerName"), "Lise Dahl");
        browser.findElement(By.id("report:declaration")).click();
        Browser.screenshot(browser, "report-edit-final");
        submitReport();

        switchTo("admin");
        browser.get(Browser.baseUrl() + "reports/review.xhtml?id=" + fixture.reportId());
        settle();
        decide("approve", "confirmApprove", "approved-outcome");
        assertTrue(browser.findElement(By.id("recorded-unspent")).getText().contains("10.000 kr."));
        assertTrue(browser.findElement(By.id("recorded-repayment")).getText().contains("10.000 kr."));
    }

    // Steps -----------------------------------------------------------------------------------------------------------

    private void openReportLink(ReportData.Fixture fixture, String label) {
        browser.get(Browser.baseUrl() + "projects/view.xhtml?id=" + fixture.projectId() + "&tab=reports");
        settle();
        WebElement link = browser.findElement(By.cssSelector("a.pulje-report-link[data-report='" + fixture.reportId() + "']"));
        assertEquals(label, link.getText());
        link.click();
        wait.until(ExpectedConditions.stalenessOf(link));
        settle();
    }

    private void submitReport() {
        WebElement form = browser.findElement(By.id("report"));
        browser.findElement(By.id("report:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("report:confirmSubmit"))).click();
        wait.until(ExpectedConditions.stalenessOf(form));
        settle();
        waitForMessage("Rapporten er indsendt.");
    }

    private void submitReportExpectingRefusal() {
        WebElement summary = browser.findElement(By.id("summary"));
        browser.findElement(By.id("report:submit")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("report:confirmSubmit"))).click();
        wait.until(ExpectedConditions.stalenessOf(summary));
        settle();
        assertFalse(browser.findElements(By.id("report:saveDraft")).isEmpty(), "the form stays open");
    }

    private void decide(String button, String confirm, String outcomeId) {
        browser.findElement(By.id("review:" + button)).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("review:" + confirm))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(outcomeId)));
        settle();
    }

    private void switchTo(String user) {
        browser.manage().deleteAllCookies();
        Browser.login(browser, user, DemoUser.PASSWORD);
    }

    private static java.nio.file.Path samplePdf() {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("rapport");
            return java.nio.file.Files.write(folder.resolve("Workshopprogram.pdf"), dk.pulje.it.support.SampleFiles.pdf());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static By section(String section) {
        return By.cssSelector("#report textarea[data-section='" + section + "']");
    }

    private void type(By field, String text) {
        browser.findElement(field).sendKeys(text);
    }

    /** An amount typed and left with Tab: the form recomputes the deviations and the accounts' figures. */
    private void typeAmount(By field, String amount) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(amount, Keys.TAB);
        settle();
    }

    private void waitForMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), text));
    }
}
