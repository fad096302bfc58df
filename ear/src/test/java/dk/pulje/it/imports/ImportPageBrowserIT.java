package dk.pulje.it.imports;

import dk.pulje.it.support.Accessibility;
import dk.pulje.it.support.Browser;
import dk.pulje.it.support.BrowserTest;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.as.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A clerk imports allocation lists on /imports/allocations.xhtml with real-looking files (the fixtures under
 * src/test/resources/imports/): seed 002 typed as a clerk's spreadsheet into a new round, and sees the same figures
 * as the seed's text; the same file again (all unchanged); a corrected file (exactly its changed rows updated); the
 * XLSX (the same as the CSV); the hostile file (refused row by row, nothing stored); a broken file (a clear message);
 * the upload and mapping by keyboard alone; and every step passes axe. Screenshots of each step go to
 * target/screenshots (the user guide's import-*.png).
 */
@PuljeIntegrationTest
@RunAsClient
class ImportPageBrowserIT extends BrowserTest {

    static final String SEED_CSV = "seed002-windows1252.csv";
    static final String CORRECTED_CSV = "seed002-corrected-windows1252.csv";
    static final String HOSTILE_CSV = "hostile.csv";
    static final String BROKEN = "broken-quotes.csv";

    private static SeedFigures seed;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void fund() {
        ImportPageFund.ensure();
        seed = SeedFigures.read();
        assertEquals(15, seed.projects(), "the seed's text names 15 projects");
    }

    @Test
    void aClerkImportsTheSeedListIntoANewRoundAndSeesTheSeedsFigures() throws Exception {
        String round = "Importtestpuljen 2024 (CSV)";
        Browser.login(browser, ImportPageFund.CLERK, DemoUser.PASSWORD);
        open();
        Browser.screenshot(browser, "import-upload");
        Accessibility.assertNoViolations(browser, "import, upload");

        chooseFundAndNewRound(round);
        upload(SEED_CSV);
        click("upload:read");

        // Columns and preview: the encoding and separator as detected, the proposed mapping, the first rows as stored.
        waitForStep("mapping-heading");
        String detected = text("detected");
        assertTrue(detected.contains("windows-1252") || detected.contains("Windows-1252"), detected);
        assertTrue(detected.contains("Semikolon"), detected);
        assertTrue(detected.contains("15 rækker"), detected);
        List<WebElement> preview = rows("import:previewRows");
        assertEquals(10, preview.size(), "the first 10 rows");
        String euroSkills = preview.get(0).getText();
        assertTrue(euroSkills.contains("EuroSkills 2025"), euroSkills);
        assertTrue(euroSkills.contains("11.063.000 kr."), "amounts as Pulje stores them, in Danish: " + euroSkills);
        assertTrue(euroSkills.contains("6.000.000 kr."), euroSkills);
        Browser.screenshot(browser, "import-mapping");
        Accessibility.assertNoViolations(browser, "import, columns and preview");

        // Problems: the "0324 mio." row is a warning, nothing refused; storing is possible.
        click("import:confirm");
        waitForStep("problem-summary");
        assertEquals("problem-summary", browser.switchTo().activeElement().getAttribute("id"), "the focus moves to the summary");
        assertEquals("alert", browser.findElement(By.id("problem-summary")).getAttribute("role"));
        String summary = text("problem-summary");
        assertTrue(summary.contains("ingen fejl og 1 advarsel."), summary);
        String problems = text("import:problems");
        assertTrue(problems.contains("Advarsel"), problems);
        assertTrue(problems.contains("0324"), "the row with 0324 mio. is told: " + problems);
        assertTrue(browser.findElement(By.id("import:store")).isEnabled());
        Browser.screenshot(browser, "import-problems");
        Accessibility.assertNoViolations(browser, "import, problems (warnings only)");

        click("import:store");
        storedResult();
        assertEquals("15", text("count-created"));
        assertEquals("0", text("count-updated"));
        assertEquals("0", text("count-unchanged"));
        Browser.screenshot(browser, "import-result");
        Accessibility.assertNoViolations(browser, "import, result");

        // The report as CSV: a plain GET with the session, every row in it.
        HttpResponse<byte[]> csv = download(browser.findElement(By.id("import:report-csv")).getAttribute("href"));
        assertEquals(200, csv.statusCode());
        String report = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals(16, report.strip().lines().count(), "header and 15 rows: " + report);
        assertTrue(report.contains("EuroSkills 2025"), report);

        // The round's project list shows the seed's figures.
        String listAddress = browser.findElement(By.id("import:round-projects")).getAttribute("href");
        browser.get(listAddress);
        settle();
        List<WebElement> listed = browser.findElements(By.cssSelector("[id='projectsForm:projects_data'] tr:not(.ui-datatable-empty-message)"));
        assertEquals(seed.projects(), listed.size());
        assertEquals(seed.total(), sumOfColumn("totalColumn"), "Σ total project sum as the seed's text");
        assertEquals(seed.granted(), sumOfColumn("grantedColumn"), "Σ granted as the seed's text");
        ImportPageFund.RoundFigures stored = ImportPageFund.figures(round);
        assertEquals(seed.projects(), stored.projects());
        assertEquals(0, seed.total().compareTo(stored.total()));
        assertEquals(0, seed.granted().compareTo(stored.granted()));

        // The same file again: nothing changes.
        open();
        chooseFundAndRound(round);
        upload(SEED_CSV);
        click("upload:read");
        waitForStep("mapping-heading");
        click("import:confirm");
        waitForStep("problem-summary");
        click("import:store");
        storedResult();
        assertEquals("0", text("count-created"));
        assertEquals("0", text("count-updated"));
        assertEquals("15", text("count-unchanged"));
        assertEquals(stored, ImportPageFund.figures(round));

        // A corrected file: exactly the rows it changes are updated.
        open();
        chooseFundAndRound(round);
        upload(CORRECTED_CSV);
        click("upload:read");
        waitForStep("mapping-heading");
        click("import:confirm");
        waitForStep("problem-summary");
        click("import:store");
        storedResult();
        // Two figures differ (Lær med AI's grant, Grønne Rollemodeller's total); "0324" written "0,324" is the same.
        assertEquals("2", text("count-updated"));
        assertEquals("13", text("count-unchanged"));
        assertEquals("0", text("count-created"));
        List<String> changed = rows("import:resultRows").stream().map(WebElement::getText).filter(r -> r.contains("Ændret")).toList();
        assertEquals(2, changed.size(), changed.toString());
        assertTrue(changed.get(0).contains("Lær med AI"), changed.toString());
        assertTrue(changed.get(1).contains("Grønne Rollemodeller"), changed.toString());
        ImportPageFund.RoundFigures corrected = ImportPageFund.figures(round);
        assertEquals(0, stored.total().add(new BigDecimal("11000")).compareTo(corrected.total()));
        assertEquals(0, stored.granted().add(new BigDecimal("8000")).compareTo(corrected.granted()));
        Browser.screenshot(browser, "import-corrected");
    }

    @Test
    void theXlsxFileImportsAsTheCsvDoes() throws Exception {
        String round = "Importtestpuljen 2024 (XLSX)";
        Browser.login(browser, ImportPageFund.CLERK, DemoUser.PASSWORD);
        open();
        chooseFundAndNewRound(round);
        browser.findElement(By.id("upload:file")).sendKeys(seedWorkbook().toString());
        click("upload:read");
        waitForStep("mapping-heading");
        assertTrue(text("detected").contains("Excel"), text("detected"));
        click("import:confirm");
        waitForStep("problem-summary");
        click("import:store");
        storedResult();
        assertEquals("15", text("count-created"));
        ImportPageFund.RoundFigures stored = ImportPageFund.figures(round);
        assertEquals(seed.projects(), stored.projects());
        assertEquals(0, seed.total().compareTo(stored.total()));
        assertEquals(0, seed.granted().compareTo(stored.granted()));
    }

    @Test
    void theHostileFileIsRefusedRowByRowAndNothingIsStored() throws Exception {
        long before = ImportPageFund.allProjects();
        Browser.login(browser, ImportPageFund.CLERK, DemoUser.PASSWORD);
        open();
        chooseFundAndNewRound("Importtestpuljen fjendtlig");
        upload(HOSTILE_CSV);
        click("upload:read");
        waitForStep("mapping-heading");
        click("import:confirm");
        waitForStep("problem-summary");
        String summary = text("problem-summary");
        assertTrue(summary.contains("Ret filen og upload den igen"), summary);
        List<WebElement> problems = rows("import:problems");
        assertTrue(problems.size() >= 3, "one line per problem: " + problems.size());
        List<Integer> rowNumbers = problems.stream().map(r -> Integer.parseInt(r.findElement(By.tagName("td")).getText().strip())).toList();
        assertTrue(rowNumbers.stream().allMatch(n -> n >= 2), "row numbers as the spreadsheet shows them (header = 1): " + rowNumbers);
        assertTrue(rowNumbers.stream().distinct().count() >= 3, "problems of several rows, each on its own line: " + rowNumbers);
        assertTrue(text("import:problems").contains("Fejl"), "said in words, not by colour alone");
        WebElement store = browser.findElement(By.id("import:store"));
        assertFalse(store.isEnabled(), "storing is disabled while any row is refused");
        assertEquals("store-disabled", store.getAttribute("aria-describedby"));
        assertTrue(browser.findElements(By.tagName("script")).stream().noneMatch(s -> s.getAttribute("innerHTML").contains("alert(")),
                "nothing from the file runs");
        Browser.screenshot(browser, "import-refused");
        Accessibility.assertNoViolations(browser, "import, problems (refused)");

        // A forged store (the button enabled in the page) stores nothing either.
        WebElement body = browser.findElement(By.tagName("body"));
        ((JavascriptExecutor) browser).executeScript("var b = document.getElementById('import:store');"
                + " b.removeAttribute('disabled'); b.classList.remove('ui-state-disabled'); b.click();");
        wait.until(dk.pulje.it.support.Browser.gone(body));
        settle();
        // Faces ignores a disabled button's submit (and the bean refuses a refused list again): still the problems.
        assertNotNull(browser.findElement(By.id("problem-summary")));
        assertFalse(browser.findElement(By.id("import:store")).isEnabled());
        assertEquals(before, ImportPageFund.allProjects(), "nothing stored");
    }

    @Test
    void aBrokenFileGetsAClearMessage() throws Exception {
        Browser.login(browser, ImportPageFund.CLERK, DemoUser.PASSWORD);
        open();
        chooseFundAndNewRound("Importtestpuljen i stykker");
        upload(BROKEN);
        click("upload:read");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary .pulje-message-error")));
        String message = text("summary");
        assertTrue(message.contains("kan ikke læses fra linje 5"), "the message says where: " + message);
        assertNotNull(browser.findElement(By.id("upload:read")), "still on the upload step");
        Browser.screenshot(browser, "import-broken");
        Accessibility.assertNoViolations(browser, "import, broken file");

        // No file at all, and a forged fund id: refused with the message an unknown fund gets.
        click("upload:read");
        assertTrue(text("summary").contains("Vælg den fil"), text("summary"));
        String unknown = forgedFundMessage("999999999");
        String foreign = forgedFundMessage(String.valueOf(dk.pulje.it.support.ForeignFund.ensure()[0]));
        assertEquals(unknown, foreign, "a fund of someone else reads as an unknown one");
    }

    @Test
    void uploadAndMappingByKeyboardAlone() throws Exception {
        Browser.login(browser, ImportPageFund.CLERK, DemoUser.PASSWORD);
        open();
        Path file = fixture(SEED_CSV);
        WebElement fund = browser.findElement(By.id("upload:fund"));
        tabTo(fund);
        fund.sendKeys(ImportPageFund.NAME.substring(0, 8));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        // The fund's change redraws the round select by ajax: wait until the new one offers the fund's rounds.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> new Select(d.findElement(By.id("upload:round"))).getOptions().size() > 2);
        settle();
        WebElement round = browser.findElement(By.id("upload:round"));
        tabTo(round);
        round.sendKeys("Ny runde");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("upload:newRoundName", active());
        new Actions(browser).sendKeys("Importtestpuljen tastatur").sendKeys(Keys.TAB).perform();
        assertEquals("upload:file", active());
        browser.switchTo().activeElement().sendKeys(file.toString());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("upload:encoding", active());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("upload:separator", active());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("upload:read", active());
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForStep("mapping-heading");
        assertEquals("mapping-heading", active(), "the focus lands on the new step");

        // Change a column by keyboard: tab to the theme's select, choose by typing, tab on to the confirm button.
        WebElement theme = browser.findElement(By.id("import:fields:12:column"));
        tabTo(theme);
        theme.sendKeys(Keys.HOME);
        for (int i = 0; i < 40 && !"import:confirm".equals(active()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals("import:confirm", active());
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        waitForStep("problem-summary");
        assertEquals("problem-summary", active());
    }

    /**
     * 10.000 rows: the store runs off the request thread, the page shows a labelled progress bar with its value and
     * the poll answers while the rows are stored, then the result.
     */
    @Test
    void tenThousandRowsShowAProgressBarAndTheResult() throws Exception {
        StringBuilder csv = new StringBuilder("Projekt;By;Delpulje;Samlet projektsum;Bevilget\r\n");
        List<String> towns = List.of("Aarhus", "Randers", "Horsens", "Herning", "Viborg");
        for (int i = 1; i <= 10_000; i++) {
            csv.append("Stort importprojekt nr. ").append(i).append(';').append(towns.get(i % towns.size()))
                    .append(";Åben pulje;1,2 mio. kroner;0,5 mio. kroner\r\n");
        }
        Path file = Files.createTempDirectory("import").resolve("ti-tusind.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        Browser.login(browser, ImportPageFund.CLERK, DemoUser.PASSWORD);
        open();
        chooseFundAndNewRound("Importtestpuljen 10.000");
        browser.findElement(By.id("upload:file")).sendKeys(file.toString());
        click("upload:read");
        waitForStep("mapping-heading");
        click("import:confirm");
        waitForStep("problem-summary");
        long started = System.nanoTime();
        click("import:store");
        WebElement bar = browser.findElement(By.id("import:progress"));
        assertEquals("progressbar", bar.getAttribute("role"));
        assertEquals("progress-heading", bar.getAttribute("aria-labelledby"));
        int value = Integer.parseInt(bar.getAttribute("aria-valuenow"));
        assertTrue(value >= 0 && value <= 100, "aria-valuenow " + value);
        Accessibility.assertNoViolations(browser, "import, storing");
        // The page answers while the rows are stored: the poll's answers move the bar, then the result follows.
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                !d.findElements(By.id("result-counts")).isEmpty()
                        || Integer.parseInt(d.findElement(By.id("import:progress")).getAttribute("aria-valuenow")) > 0);
        if (browser.findElements(By.id("result-counts")).isEmpty()) {
            Browser.screenshot(browser, "import-storing");
        }
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(300))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("result-counts")));
        settle();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println("Import page: 10.000 rows stored in " + seconds + " s (from Gem to the result)");
        assertEquals("10000", text("count-created"));
        assertEquals(10_000, ImportPageFund.figures("Importtestpuljen 10.000").projects());
    }

    @Test
    void theFundAndRoundPagesLinkToTheImportWithThemChosen() {
        long fund = ImportPageFund.ensure();
        long round = ImportPageFund.roundId(ImportPageFund.TEMPLATE_ROUND);
        Browser.login(browser, ImportPageFund.CLERK, DemoUser.PASSWORD);
        browser.get(Browser.baseUrl() + "funds/round.xhtml?id=" + round);
        settle();
        browser.findElement(By.id("import-allocations")).click();
        wait.until(ExpectedConditions.urlContains("imports/allocations.xhtml"));
        settle();
        assertEquals(String.valueOf(fund), new Select(browser.findElement(By.id("upload:fund"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals(ImportPageFund.TEMPLATE_ROUND, new Select(browser.findElement(By.id("upload:round"))).getFirstSelectedOption().getText());

        browser.get(Browser.baseUrl() + "funds/fund.xhtml?id=" + fund);
        settle();
        browser.findElement(By.id("import-allocations")).click();
        wait.until(ExpectedConditions.urlContains("imports/allocations.xhtml"));
        settle();
        assertEquals(String.valueOf(fund), new Select(browser.findElement(By.id("upload:fund"))).getFirstSelectedOption().getAttribute("value"));
        assertEquals("Vælg runde", new Select(browser.findElement(By.id("upload:round"))).getFirstSelectedOption().getText());
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private void open() {
        browser.get(Browser.baseUrl() + "imports/allocations.xhtml");
        settle();
    }

    private void chooseFundAndNewRound(String round) {
        chooseFund();
        new Select(browser.findElement(By.id("upload:round"))).selectByVisibleText("Ny runde …");
        browser.findElement(By.id("upload:newRoundName")).sendKeys(round);
    }

    private void chooseFundAndRound(String round) {
        chooseFund();
        new Select(browser.findElement(By.id("upload:round"))).selectByVisibleText(round);
    }

    private void chooseFund() {
        WebElement rounds = browser.findElement(By.id("upload:round"));
        new Select(browser.findElement(By.id("upload:fund"))).selectByVisibleText(ImportPageFund.NAME);
        wait.until(dk.pulje.it.support.Browser.gone(rounds));
        settle();
    }

    private void upload(String fixture) {
        browser.findElement(By.id("upload:file")).sendKeys(fixture(fixture).toString());
    }

    /** A fixture copied to a temporary folder under its own name, as a clerk's file would be. */
    static Path fixture(String name) {
        try (InputStream in = ImportPageBrowserIT.class.getResourceAsStream("/imports/" + name)) {
            assertNotNull(in, "fixture " + name);
            Path folder = Files.createTempDirectory("import");
            Path file = folder.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Seed 002 as a clerk's Excel workbook: the CSV fixture's rows, the amounts as number cells in kroner (what Excel
     * keeps when "11,063 mio." is typed as 11063000), the period-free columns as text.
     */
    static Path seedWorkbook() {
        try (InputStream in = ImportPageBrowserIT.class.getResourceAsStream("/imports/" + SEED_CSV);
             org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.Charset.forName("windows-1252")).lines().toList();
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Bevillinger");
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(";", -1);
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    boolean amount = r > 0 && c >= 4 && cells[c].contains("mio.");
                    if (amount) {
                        String millions = cells[c].replace("mio. kroner", "").strip();
                        row.createCell(c).setCellValue(SeedFigures.millions(millions).doubleValue());
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            Path file = Files.createTempDirectory("import").resolve("Uddannelsespuljen 2024.xlsx");
            try (java.io.OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void click(String id) {
        WebElement body = browser.findElement(By.tagName("body"));
        browser.findElement(By.id(id)).click();
        wait.until(dk.pulje.it.support.Browser.gone(body));
        settle();
    }

    private void waitForStep(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        settle();
    }

    /** The store runs off the request thread; the bar polls until the result is shown. */
    private void storedResult() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("result-counts")));
        settle();
    }

    private String forgedFundMessage(String fundId) {
        open();
        ((JavascriptExecutor) browser).executeScript(
                "var s = document.getElementById('upload:fund'); s.options[s.options.length - 1].value = arguments[0]; s.selectedIndex = s.options.length - 1;",
                fundId);
        click("upload:read");
        return text("summary");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private List<WebElement> rows(String tableId) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "_data'] tr:not(.ui-datatable-empty-message)"));
    }

    private String active() {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    private void tabTo(WebElement element) {
        for (int i = 0; i < 80 && !element.equals(browser.switchTo().activeElement()); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals(element, browser.switchTo().activeElement(), "Tab reaches " + element.getAttribute("id"));
    }

    /** Σ of a money column of the project list, as shown ("11.063.000 kr."). */
    private BigDecimal sumOfColumn(String column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (WebElement cell : browser.findElements(By.cssSelector(
                "[id='projectsForm:projects_data'] tr td:nth-child(" + columnIndex(column) + ")"))) {
            sum = sum.add(amount(cell.getText()));
        }
        return sum.setScale(2);
    }

    private int columnIndex(String column) {
        List<WebElement> headers = browser.findElements(By.cssSelector("[id='projectsForm:projects'] thead th"));
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).getAttribute("id").endsWith(column)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("No column " + column);
    }

    static BigDecimal amount(String shown) {
        String digits = shown.replace("kr.", "").replace("\u00a0", "").replace(" ", "").replace(".", "").replace(',', '.').strip();
        return digits.isEmpty() ? BigDecimal.ZERO : new BigDecimal(digits);
    }

    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
