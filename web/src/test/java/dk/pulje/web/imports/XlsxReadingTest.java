package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static dk.pulje.web.imports.AllocationFileReaderTest.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** XLSX reading: the first sheet, plain numbers, ISO dates, cached formula values, and refusals of broken or hostile zips. */
class XlsxReadingTest {

    private final AllocationFileReader reader = new AllocationFileReader();

    @Test
    void readsTheFirstSheetWithNumbersAsPlainDigitsAndDatesAsIsoText() throws Exception {
        byte[] file = workbook(book -> {
            Sheet sheet = book.createSheet("Bevillinger");
            book.createSheet("Noter").createRow(0).createCell(0).setCellValue("ikke denne");
            CellStyle grouped = book.createCellStyle();
            grouped.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
            Row header = sheet.createRow(2); // two empty rows above the header, as clerks leave them
            header.createCell(0).setCellValue("Projekt");
            header.createCell(1).setCellValue("Samlet projektsum");
            header.createCell(2).setCellValue("Støtte");
            header.createCell(3).setCellValue("Startdato");
            Row one = sheet.createRow(3);
            one.createCell(0).setCellValue("EuroSkills 2025");
            one.createCell(1).setCellValue(11_063_000d);
            Cell granted = one.createCell(2);
            granted.setCellValue(5_052_000.5d);
            granted.setCellStyle(grouped);
            Cell start = one.createCell(3);
            start.setCellValue(LocalDate.of(2024, 8, 1));
            start.setCellStyle(date);
            Row two = sheet.createRow(5); // a blank row between
            two.createCell(0).setCellValue("Lær med AI");
            two.createCell(2).setCellValue(1.0E10); // no middle cell: the sheet leaves it out
        });

        ReadResult result = reader.read(file, "liste.xlsx", ReadOptions.DETECT);

        assertEquals(FileKind.XLSX, result.kind());
        assertEquals("Bevillinger", result.sheetName());
        assertNull(result.encoding());
        assertNull(result.separator());
        ImportSheet sheet = result.sheet();
        assertEquals(List.of("Projekt", "Samlet projektsum", "Støtte", "Startdato"), sheet.headers());
        assertEquals(List.of(row(4, "EuroSkills 2025", "11063000", "5052000.5", "2024-08-01"),
                row(6, "Lær med AI", "", "10000000000")), sheet.rows());
    }

    @Test
    void formulasAreNotEvaluatedTheSavedValueIsRead() throws Exception {
        byte[] file = workbook(book -> {
            Sheet sheet = book.createSheet("Ark1");
            sheet.createRow(0).createCell(0).setCellValue("Projekt");
            sheet.getRow(0).createCell(1).setCellValue("Støtte");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("=HYPERLINK(\"http://x\")"); // text that looks like a formula stays text
            Cell formula = row.createCell(1);
            formula.setCellFormula("1+1");
            formula.setCellValue(7); // the cached value: what the clerk's program last showed
        });

        ImportSheet sheet = reader.read(file, "liste.xlsx", ReadOptions.DETECT).sheet();

        assertEquals(List.of(row(2, "=HYPERLINK(\"http://x\")", "7")), sheet.rows());
    }

    @Test
    void aCellFarToTheRightIsRefusedWithoutPaddingToIt() throws Exception {
        byte[] file = workbook(book -> {
            Sheet sheet = book.createSheet("Ark1");
            sheet.createRow(0).createCell(0).setCellValue("Projekt");
            sheet.createRow(1).createCell(16_000).setCellValue("langt ude");
        });

        UnreadableFile refusal = assertThrows(UnreadableFile.class, () -> reader.read(file, "l.xlsx", ReadOptions.DETECT));

        assertEquals("import.file.tooManyColumns", refusal.key());
        assertEquals(2, refusal.arguments()[0]);
    }

    @Test
    void tooManyRowsAreRefusedWhileReading() throws Exception {
        AllocationFileReader small = new AllocationFileReader(new SheetCollector.Limits(AllocationFileReader.MAX_BYTES, 3, 10));
        byte[] file = workbook(book -> {
            Sheet sheet = book.createSheet("Ark1");
            for (int i = 0; i <= 4; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i == 0 ? "Projekt" : "P" + i);
            }
        });

        assertEquals("import.file.tooManyRows",
                assertThrows(UnreadableFile.class, () -> small.read(file, "l.xlsx", ReadOptions.DETECT)).key());
    }

    @Test
    void aZipThatIsNoWorkbookIsOfTheWrongType() throws IOException {
        byte[] zip = zip("hej.txt", "hej".getBytes(StandardCharsets.UTF_8));

        UnreadableFile refusal = assertThrows(UnreadableFile.class, () -> reader.read(zip, "l.xlsx", ReadOptions.DETECT));

        assertEquals("import.file.type", refusal.key(), () -> String.valueOf(refusal.getCause()));
    }

    @Test
    void aCutOffWorkbookIsBroken() throws Exception {
        byte[] file = workbook(book -> book.createSheet("Ark1").createRow(0).createCell(0).setCellValue("Projekt"));
        byte[] cut = java.util.Arrays.copyOf(file, file.length / 2);

        assertEquals("import.file.broken", assertThrows(UnreadableFile.class, () -> reader.read(cut, "l.xlsx", ReadOptions.DETECT)).key());
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        // A real workbook whose sheet is replaced by 60 MB of XML that compresses to almost nothing.
        byte[] file = workbook(book -> book.createSheet("Ark1").createRow(0).createCell(0).setCellValue("Projekt"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(file));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        byte[] bytes = bomb.toByteArray();

        UnreadableFile refusal = assertThrows(UnreadableFile.class, () -> reader.read(bytes, "l.xlsx", ReadOptions.DETECT));

        assertEquals("import.file.broken", refusal.key());
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = refusal.getCause(); cause != null; cause = cause.getCause()) {
            causes.append(cause).append('\n');
        }
        org.junit.jupiter.api.Assertions.assertTrue(causes.toString().contains("Zip bomb"), causes.toString());
    }

    @Test
    void plainDigitsForEveryDouble() {
        assertEquals("10000000", XlsxReading.PlainValues.plain(1.0E7));
        assertEquals("5052000.5", XlsxReading.PlainValues.plain(5_052_000.5));
        assertEquals("0.1", XlsxReading.PlainValues.plain(0.1));
        assertEquals("-5", XlsxReading.PlainValues.plain(-5));
        assertEquals("0", XlsxReading.PlainValues.plain(0));
        assertEquals("0.3", XlsxReading.PlainValues.plain(0.1 + 0.2), "as Excel shows it, to 15 digits");
        assertEquals("883000", XlsxReading.PlainValues.plain(0.883 * 1_000_000));
        assertEquals("1234567890123.45", XlsxReading.PlainValues.plain(1_234_567_890_123.45));
        assertEquals("0.125", XlsxReading.PlainValues.plain(0.125), "real decimals stay: the amount reader refuses them");
    }

    interface Book {
        void fill(XSSFWorkbook book) throws Exception;
    }

    static byte[] workbook(Book content) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(book);
            book.write(out);
            return out.toByteArray();
        }
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
