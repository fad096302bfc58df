package dk.pulje.it.browser;

import dk.pulje.it.attachment.AttachmentData;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.SampleFiles;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * randers attaches a PDF to a report with the keyboard alone, downloads it again, is told clearly why an HTML page
 * renamed to .pdf is refused, and removes a file; admin sees the same list without any of the buttons.
 */
@PuljeIntegrationTest
@RunAsClient
class AttachmentBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @Test
    void randersAttachesAPdfByKeyboardAndDownloadsIt() throws Exception {
        AttachmentData.Fixture report = AttachmentData.randersReport("Bogbussens statusrapport", "DUE");
        Path folder = Files.createTempDirectory("bilag");
        Path pdf = Files.write(folder.resolve("Statusrapport juni.pdf"), SampleFiles.pdf());
        Path fake = Files.write(folder.resolve("Regnskab.pdf"), SampleFiles.html());

        Browser.login(browser, "randers", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "reports/attachments.xhtml?id=" + report.reportId());
        settle();
        assertEquals(1, rows().size(), "the fixture's file");
        Browser.screenshot(browser, "attachments-applicant");

        // Keyboard only: Tab from the top of the page reaches the file field; the path goes in as a file dialog would
        // put it; Tab to the kind, Tab to the button, Enter.
        WebElement file = browser.findElement(By.cssSelector("input[type='file']"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        for (int i = 0; i < 60 && !file.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals(file, browser.switchTo().activeElement(), "Tab reaches the file field");
        assertEquals("Fil", browser.findElement(By.cssSelector("label[for='" + file.getAttribute("id") + "']")).getText(),
                "the field is labelled");
        file.sendKeys(pdf.toString());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("attachmentsForm:attachmentKind", browser.switchTo().activeElement().getAttribute("id"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement button = browser.switchTo().activeElement();
        assertEquals("attachmentsForm:upload", button.getAttribute("id"));
        WebElement table = browser.findElement(By.id("attachmentsForm:attachmentList"));
        button.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(table));
        settle();
        assertEquals(2, rows().size());
        String message = browser.findElement(By.id("attachmentsForm:attachmentMessages")).getText();
        assertTrue(message.contains("\"Statusrapport juni.pdf\" er vedhæftet"), message);
        WebElement link = browser.findElement(By.linkText("Statusrapport juni.pdf"));
        assertTrue(rows().get(1).getText().contains("Statusrapport juni.pdf"));
        Browser.screenshot(browser, "attachments-uploaded");

        HttpResponse<byte[]> download = download(link.getAttribute("href"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(SampleFiles.pdf(), download.body(), "the very bytes uploaded");
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));

        // An HTML page dressed as a PDF: refused, said why, nothing stored.
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(fake.toString());
        table = browser.findElement(By.id("attachmentsForm:attachmentList"));
        browser.findElement(By.id("attachmentsForm:upload")).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        settle();
        String refusal = browser.findElement(By.id("attachmentsForm:attachmentMessages")).getText();
        assertTrue(refusal.contains("\"Regnskab.pdf\" kan ikke vedhæftes, fordi indholdet ikke er en af de typer"), refusal);
        assertEquals("alert", browser.findElement(By.id("attachmentsForm:attachmentMessages")).getAttribute("role"));
        assertEquals(2, rows().size());
        Browser.screenshot(browser, "attachments-refused");

        // Remove the fixture's file with the keyboard.
        WebElement remove = browser.findElements(By.cssSelector("[id$=':remove']")).get(0);
        assertTrue(remove.getAttribute("aria-label").contains(AttachmentData.FILE_NAME));
        table = browser.findElement(By.id("attachmentsForm:attachmentList"));
        remove.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(table));
        settle();
        assertEquals(1, rows().size());
        assertTrue(browser.findElement(By.id("attachmentsForm:attachmentMessages")).getText().contains("er fjernet"));

        // The fund's administrator reads the same list, without upload or remove.
        browser.manage().deleteAllCookies();
        Browser.login(browser, "admin", DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "reports/attachments.xhtml?id=" + report.reportId());
        settle();
        assertEquals(1, rows().size());
        assertTrue(browser.findElements(By.cssSelector("input[type='file']")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("[id$=':remove']")).isEmpty());
        assertFalse(browser.findElement(By.id("attachments-readonly")).getText().isBlank());
        Browser.screenshot(browser, "attachments-admin");
        assertEquals(200, download(browser.findElement(By.linkText("Statusrapport juni.pdf")).getAttribute("href")).statusCode());
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("[id='attachmentsForm:attachmentList'] tbody tr:not(.ui-datatable-empty-message)"));
    }

    /** The link's file, fetched with the browser's session (a headless browser shows no download). */
    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
