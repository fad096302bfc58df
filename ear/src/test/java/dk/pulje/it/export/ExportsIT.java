package dk.pulje.it.export;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyFormat;
import dk.pulje.it.support.ForeignFund;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.WebClient;
import dk.pulje.it.support.as.DemoUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's exports as a reader gets them: each download is fetched over HTTP as its role, opened with POI,
 * commons-csv or OpenPDF's text extractor, and its figures compared with the database's. The scope is the list's:
 * an applicant's downloads hold only its organisation's projects; a forged id gives a 404, never a file.
 */
@PuljeIntegrationTest
@RunAsClient
class ExportsIT {

    private static final String AI = "AI i borgernes hænder";
    private static final String MATURATION = "Læringsfællesskaber for en bæredygtig fremtid – et modningsprojekt";
    private static final String ROUND = "Uddannelsespuljen 2024";
    private static final List<String> ROUND_HEADERS = List.of("Titel", "Journalnummer", "Projektejer", "By", "Kommune",
            "Delpulje", "Samlet projektsum", "Ansøgt", "Bevilget", "Start", "Slut");
    private static long round;
    private static long aarhusProject;
    /** A project of the round with a granted amount (the seed's AI project has none: "not stated"). */
    private static long grantedProject;
    private static String grantedTitle;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PuljeDeployments.application();
    }

    @BeforeAll
    static void ids() {
        round = ForeignFund.roundId(ROUND);
        aarhusProject = ForeignFund.projectId(MATURATION);
        grantedProject = count("select min(p.id) from project p join project_grant g on g.project_id = p.id"
                + " where g.granted_amount > 0 and p.round_id = ?", round);
        grantedTitle = query("select title from project where id = ?", grantedProject, row -> row.getString(1));
    }

    @Test
    void theProjectListDownloadIsTheWholeListNotThePageWithAmountsAsNumbers() throws IOException {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        HttpResponse<byte[]> xlsx = admin.getBytes("projects/list.xhtml?rows=10&page=1&export=XLSX");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("projekter-"));
        // The old whole-list export of the same caller is the yardstick: same scope, every row.
        List<CSVRecord> all = csv(WebClient.basic("admin", DemoUser.PASSWORD).getBytes("api/export/projects.csv").body());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(all.size() - 1 > 10, "more projects than one page: " + (all.size() - 1));
            assertEquals(all.size() - 1, sheet.getLastRowNum(), "every project, not the page of 10");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            Row project = findRow(sheet, grantedTitle);
            Cell granted = project.getCell(8);
            assertEquals(CellType.NUMERIC, granted.getCellType());
            assertEquals(grantedOf(grantedProject).doubleValue(), granted.getNumericCellValue(), 0.001);
            assertEquals("#,##0.00", granted.getCellStyle().getDataFormatString());
        }
    }

    @Test
    void theDownloadKeepsTheListsFilterAndSort() throws IOException {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        List<CSVRecord> rows = csv(admin.getBytes("projects/list.xhtml?townText=Randers&sort=granted&order=desc&export=CSV").body());
        List<CSVRecord> all = csv(WebClient.basic("admin", DemoUser.PASSWORD).getBytes("api/export/projects.csv").body());
        assertTrue(rows.size() > 1, "Randers has projects");
        assertTrue(rows.size() < all.size(), "the filter is applied");
        BigDecimal previous = null;
        for (CSVRecord row : rows.subList(1, rows.size())) {
            assertTrue(row.get(5).contains("Randers"), "town " + row.get(5));
            if (!row.get(8).isEmpty()) {
                BigDecimal granted = new BigDecimal(row.get(8).replace(',', '.'));
                assertTrue(previous == null || previous.compareTo(granted) >= 0, "sorted by granted, descending");
                previous = granted;
            }
        }
    }

    @Test
    void anApplicantsDownloadsHoldOnlyItsOrganisationsProjects() throws IOException {
        WebClient randers = WebClient.loggedIn("randers", DemoUser.PASSWORD);
        for (String path : List.of("my/projects.xhtml?export=CSV", "projects/list.xhtml?export=CSV")) {
            HttpResponse<byte[]> response = randers.getBytes(path);
            assertEquals(200, response.statusCode(), path);
            String text = new String(response.body(), StandardCharsets.UTF_8);
            assertTrue(text.contains(AI), path + " holds Randers' project");
            assertFalse(text.contains(MATURATION), path + " leaks Aarhus' project");
        }
        HttpResponse<byte[]> forged = randers.getBytes("projects/view.xhtml?id=" + aarhusProject + "&export=PDF");
        assertEquals(404, forged.statusCode());
        assertFalse(new String(forged.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"), "no PDF of another's project");
    }

    @Test
    void theRoundsSpreadsheetHasTheAllocationListsColumnsAndTheRoundsFigures() throws IOException {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        HttpResponse<byte[]> xlsx = admin.getBytes("funds/round.xhtml?id=" + round + "&export=XLSX");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertEquals(ROUND_HEADERS, headers);
            BigDecimal granted = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                granted = granted.add(number(sheet.getRow(r).getCell(8)));
                total = total.add(number(sheet.getRow(r).getCell(6)));
            }
            assertEquals(count("select count(*) from project where round_id = ?", round), sheet.getLastRowNum());
            assertEquals(sum("select coalesce(sum(g.granted_amount), 0) from project_grant g join project p on p.id = g.project_id"
                    + " where p.round_id = ?", round), granted.setScale(2, RoundingMode.HALF_EVEN));
            assertEquals(sum("select coalesce(sum(total_amount), 0) from project where round_id = ?", round),
                    total.setScale(2, RoundingMode.HALF_EVEN));
        }
        List<CSVRecord> csv = csv(admin.getBytes("funds/round.xhtml?id=" + round + "&export=CSV").body());
        assertEquals(ROUND_HEADERS, csv.get(0).toList());
    }

    @Test
    void theProjectSheetAndTheRoundReportAreReadablePdfsWithDanishFigures() throws IOException {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        HttpResponse<byte[]> sheet = admin.getBytes("projects/view.xhtml?id=" + grantedProject + "&export=PDF");
        assertEquals(200, sheet.statusCode());
        assertEquals("application/pdf", sheet.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String text = pdfText(sheet.body());
        assertTrue(text.contains(grantedTitle), text);
        String granted = MoneyFormat.danish().amount(Money.dkk(grantedOf(grantedProject))).replaceAll("\\s+", " ");
        assertTrue(text.contains(granted), "granted " + granted + " in " + text);
        String town = query("select town from project where id = ?", grantedProject, row -> row.getString(1));
        assertTrue(text.contains(town), "the project's town " + town);
        PdfReader reader = new PdfReader(sheet.body());
        assertEquals(grantedTitle, reader.getInfo().get("Title"));
        reader.close();

        HttpResponse<byte[]> report = admin.getBytes("funds/round.xhtml?id=" + round + "&export=PDF");
        assertEquals(200, report.statusCode());
        String reportText = pdfText(report.body());
        assertTrue(reportText.contains(ROUND));
        BigDecimal roundGranted = sum("select coalesce(sum(g.granted_amount), 0) from project_grant g join project p"
                + " on p.id = g.project_id where p.round_id = ?", round);
        String sum = MoneyFormat.danish().amount(Money.dkk(roundGranted)).replaceAll("\\s+", " ");
        assertTrue(reportText.contains(sum), "Σ granted " + sum + " in " + reportText);
        assertTrue(reportText.contains(grantedTitle));
    }

    @Test
    void everyDownloadIsInTheSecurityLogWithItsListAndRows() {
        WebClient admin = WebClient.loggedIn("admin", DemoUser.PASSWORD);
        long before = count("select count(*) from security_event where event_type = 'EXPORT' and username = 'admin'"
                + " and detail_args like ?", "%runde-projekter.csv%");
        assertEquals(200, admin.getBytes("funds/round.xhtml?id=" + round + "&export=CSV").statusCode());
        long rows = count("select count(*) from project where round_id = ?", round);
        assertEquals(before + 1, count("select count(*) from security_event where event_type = 'EXPORT' and username = 'admin'"
                + " and detail_args like ?", "%runde-projekter.csv%" + rows + "%"));
    }

    private static Row findRow(Sheet sheet, String title) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && title.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(title + " not in the sheet");
    }

    private static BigDecimal number(Cell cell) {
        return cell == null ? BigDecimal.ZERO : BigDecimal.valueOf(cell.getNumericCellValue());
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "UTF-8 with BOM");
        return CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT.builder().setDelimiter(';').get())
                .getRecords();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // A cell wraps a long title or an amount's "kr." onto the next line: compare words, not line breaks.
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private static BigDecimal grantedOf(long projectId) {
        return sum("select granted_amount from project_grant where project_id = ?", projectId);
    }

    private static BigDecimal sum(String sql, Object argument) {
        return query(sql, argument, row -> row.getBigDecimal(1));
    }

    private static long count(String sql, Object argument) {
        return query(sql, argument, row -> row.getLong(1));
    }

    private interface Reading<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> T query(String sql, Object argument, Reading<T> reading) {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("pulje.it.db.port") + "/pulje";
        try (Connection db = DriverManager.getConnection(url, "postgres", System.getProperty("pulje.it.db.password"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, argument);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return reading.read(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
