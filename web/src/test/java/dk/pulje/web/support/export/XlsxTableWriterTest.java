package dk.pulje.web.support.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XLSX bytes read back with POI: cell types, number formats, values, header, panes, widths, hostile text. */
class XlsxTableWriterTest {

    private static final ExportTable TABLE = new ExportTable("fordeling-by", "Fordeling på by", List.of(
            ExportColumn.text("By"), ExportColumn.integer("Projekter"), ExportColumn.money("Bevilget"),
            ExportColumn.share("Støtteandel"), ExportColumn.points("Afvigelse"), ExportColumn.date("Slutdato")),
            List.of(
                    List.of("Randers", 6L, new BigDecimal("13752000.00"), new BigDecimal("0.6895"), new BigDecimal("-0.1105"),
                            LocalDate.of(2026, 6, 30)),
                    Arrays.asList("=1+1", 0L, new BigDecimal("-1234.56"), null, null, null),
                    Arrays.asList("@SUM(A1:A2)\u0007bell\ttab\r\nline", 12, new BigDecimal("0.01"), BigDecimal.ONE,
                            BigDecimal.ZERO, LocalDate.of(2024, 1, 1))));

    @Test
    void starts_as_a_zip_like_every_xlsx() throws IOException {
        byte[] bytes = bytes(TABLE);
        assertArrayEquals(new byte[]{'P', 'K', 3, 4}, Arrays.copyOf(bytes, 4));
    }

    @Test
    void header_row_is_bold_text_and_the_pane_is_frozen_below_it() throws IOException {
        try (XSSFWorkbook workbook = read(TABLE)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Fordeling på by", sheet.getSheetName());
            Row header = sheet.getRow(0);
            assertEquals(List.of("By", "Projekter", "Bevilget", "Støtteandel", "Afvigelse", "Slutdato"),
                    List.of(0, 1, 2, 3, 4, 5).stream().map(c -> header.getCell(c).getStringCellValue()).toList());
            for (Cell cell : header) {
                assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(), "bold header " + cell);
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "a frozen pane");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(0, pane.getVerticalSplitPosition());
        }
    }

    @Test
    void numbers_are_numeric_cells_with_formats_excel_localises() throws IOException {
        try (XSSFWorkbook workbook = read(TABLE)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertNumber(row.getCell(1), 6, "0");
            assertNumber(row.getCell(2), 13_752_000.00, "#,##0.00");
            assertNumber(row.getCell(3), 0.6895, "0.00%");
            assertNumber(row.getCell(4), -0.1105, "0.00%");
            Row second = workbook.getSheetAt(0).getRow(2);
            assertNumber(second.getCell(2), -1234.56, "#,##0.00");
            assertNumber(workbook.getSheetAt(0).getRow(3).getCell(1), 12, "0");
        }
    }

    @Test
    void dates_are_date_cells_shown_day_month_year() throws IOException {
        try (XSSFWorkbook workbook = read(TABLE)) {
            Cell cell = workbook.getSheetAt(0).getRow(1).getCell(5);
            assertEquals(CellType.NUMERIC, cell.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(cell));
            assertEquals("dd-mm-yyyy", cell.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2026, 6, 30), cell.getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void empty_values_stay_empty_cells() throws IOException {
        try (XSSFWorkbook workbook = read(TABLE)) {
            Row row = workbook.getSheetAt(0).getRow(2);
            assertNull(row.getCell(3));
            assertNull(row.getCell(5));
        }
    }

    @Test
    void hostile_text_stays_text_never_a_formula_and_control_characters_go() throws IOException {
        try (XSSFWorkbook workbook = read(TABLE)) {
            Cell formulaLike = workbook.getSheetAt(0).getRow(2).getCell(0);
            assertEquals(CellType.STRING, formulaLike.getCellType());
            // Issue 12: neutralised like CSV (OWASP): Excel re-reads an edited string cell as a formula.
            assertEquals("'=1+1", formulaLike.getStringCellValue());
            Cell hostile = workbook.getSheetAt(0).getRow(3).getCell(0);
            assertEquals(CellType.STRING, hostile.getCellType());
            assertEquals("'@SUM(A1:A2) bell tab\nline", hostile.getStringCellValue());
            assertEquals("Randers", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void every_formula_start_is_neutralised_but_a_negative_amount_stays_a_number() throws IOException {
        ExportTable table = new ExportTable("t", "t", List.of(ExportColumn.text("Titel"), ExportColumn.money("Bevilget")),
                List.of(List.of("=HYPERLINK(\"http://evil.example\";\"klik\")", new BigDecimal("-250000.00")),
                        List.of("+45 1234", new BigDecimal("1.00")), List.of("-2+3", new BigDecimal("2.00")),
                        List.of("@cmd", new BigDecimal("3.00")), List.of("\tTab", new BigDecimal("4.00")),
                        List.of("\rCR", new BigDecimal("5.00")), List.of("Helt almindelig", new BigDecimal("6.00"))));
        try (XSSFWorkbook workbook = read(table)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> titles = List.of(1, 2, 3, 4, 5, 6, 7).stream()
                    .map(r -> sheet.getRow(r).getCell(0)).peek(c -> assertEquals(CellType.STRING, c.getCellType()))
                    .map(Cell::getStringCellValue).toList();
            assertEquals(List.of("'=HYPERLINK(\"http://evil.example\";\"klik\")", "'+45 1234", "'-2+3", "'@cmd", "' Tab", "'\nCR",
                    "Helt almindelig"), titles);
            Cell negative = sheet.getRow(1).getCell(1);
            assertEquals(CellType.NUMERIC, negative.getCellType());
            assertEquals(-250000.00, negative.getNumericCellValue());
        }
    }

    @Test
    void columns_are_as_wide_as_their_content_within_bounds() throws IOException {
        try (XSSFWorkbook workbook = read(TABLE)) {
            Sheet sheet = workbook.getSheetAt(0);
            // "13.752.000,00" is 13 characters: at least that wide; "By"/"Randers" stays narrow.
            assertTrue(sheet.getColumnWidth(2) >= 13 * 256, "money column " + sheet.getColumnWidth(2));
            assertTrue(sheet.getColumnWidth(0) <= 60 * 256);
            assertTrue(sheet.getColumnWidth(1) >= 8 * 256);
            assertTrue(sheet.getColumnWidth(5) >= 10 * 256, "date column");
        }
    }

    @Test
    void text_is_cut_at_excels_limit_and_an_unsafe_sheet_name_is_made_safe() throws IOException {
        ExportTable table = new ExportTable("x", "Runde 2024/25: [alt]?", List.of(ExportColumn.text("Tekst")),
                List.of(List.of("a".repeat(40_000))));
        try (XSSFWorkbook workbook = read(table)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertFalse(sheet.getSheetName().matches(".*[/\\\\?*\\[\\]:].*"), sheet.getSheetName());
            assertEquals(XlsxTableWriter.MAX_TEXT, sheet.getRow(1).getCell(0).getStringCellValue().length());
        }
    }

    private static void assertNumber(Cell cell, double expected, String format) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "numeric " + cell.getAddress());
        assertEquals(expected, cell.getNumericCellValue(), 1e-9, "value " + cell.getAddress());
        assertEquals(format, cell.getCellStyle().getDataFormatString(), "format " + cell.getAddress());
    }

    private static byte[] bytes(ExportTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableDownload.write(table, ExportFormat.XLSX, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(ExportTable table) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(table)));
    }
}
