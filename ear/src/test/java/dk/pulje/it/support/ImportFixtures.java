package dk.pulje.it.support;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation lists the import tests upload (issue 12), from {@code src/test/resources/imports/} (see the README
 * there), and the XLSX of seed 002, written here at test time from the UTF-8 list so that its content stays readable
 * in review: a binary workbook in the repository could hold anything.
 */
public final class ImportFixtures {

    /** Seed 002 as a clerk's spreadsheet: Windows-1252, ';', CRLF, amounts as "11,063 mio. kroner" (and "0324 mio. kroner"). */
    public static final String SEED_002_WINDOWS_1252 = "seed002-windows1252.csv";
    /** Seed 002 as UTF-8 with BOM, ',', LF, plain amounts in kroner, other header names (Titel, Ansøger, Bevilget …). */
    public static final String SEED_002_UTF8_BOM = "seed002-utf8-bom.csv";
    /** Seed 002 corrected: "Lær med AI" granted 0,5 mio. (was 0,492), "Grønne Rollemodeller" total 0,7 mio. (was 0,689). */
    public static final String SEED_002_CORRECTED = "seed002-corrected-windows1252.csv";
    /** An opening quote on line 5 that is never closed. */
    public static final String BROKEN_QUOTES = "broken-quotes.csv";
    /** Formulas, markup, SQL, a 5.000-character title, control characters, a row of binary garbage, bad amounts. */
    public static final String HOSTILE = "hostile.csv";
    /** A PNG image named .csv. */
    public static final String NOT_A_LIST = "not-a-list.csv";
    /** The name the generated workbook is uploaded with. */
    public static final String SEED_002_XLSX = "seed002.xlsx";

    private ImportFixtures() {
    }

    /** A fixture's bytes, exactly as committed. */
    public static byte[] bytes(String name) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No import fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Seed 002 as an XLSX workbook: the rows of {@link #SEED_002_UTF8_BOM}, amounts as numeric cells shown with
     * thousands separators (as a clerk formats them), headers "Projektnavn", "Samlet projektsum (kr.)", "Støtte (kr.)".
     */
    public static byte[] seed002Xlsx() {
        List<List<String>> rows = commaSeparated(new String(bytes(SEED_002_UTF8_BOM), StandardCharsets.UTF_8));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Uddannelsespuljen 2024");
            CellStyle amount = book.createCellStyle();
            amount.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            Row header = sheet.createRow(0);
            List<String> names = List.of("Projektnavn", "By", "Delpulje", "Projektejer", "Samlet projektsum (kr.)", "Støtte (kr.)");
            for (int column = 0; column < names.size(); column++) {
                header.createCell(column).setCellValue(names.get(column));
            }
            for (int r = 1; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = rows.get(r);
                for (int column = 0; column < cells.size(); column++) {
                    String value = cells.get(column);
                    if (column >= 4) {
                        row.createCell(column).setCellValue(Double.parseDouble(value));
                        row.getCell(column).setCellStyle(amount);
                    } else if (!value.isEmpty()) {
                        row.createCell(column).setCellValue(value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The UTF-8 fixture's simple CSV (',' separated, a field quoted when it holds a comma, no line breaks in fields),
     * header first. Only for the fixtures: the application reads CSV with Apache Commons CSV.
     */
    public static List<List<String>> commaSeparated(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.replace("\uFEFF", "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }
}
