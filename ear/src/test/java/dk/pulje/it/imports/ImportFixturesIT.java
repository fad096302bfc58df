package dk.pulje.it.imports;

import dk.pulje.it.support.ImportFixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The generated seed 002 workbook holds the same list as the UTF-8 fixture it is written from (no server needed:
 * the import tests of the REST endpoint and the upload page rely on the two being the same list).
 */
class ImportFixturesIT {

    @Test
    void theWorkbookHoldsTheUtf8ListWithNumericAmounts() throws Exception {
        List<List<String>> csv = ImportFixtures.commaSeparated(
                new String(ImportFixtures.bytes(ImportFixtures.SEED_002_UTF8_BOM), StandardCharsets.UTF_8));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ImportFixtures.seed002Xlsx()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(16, csv.size());
            assertEquals(csv.size() - 1, sheet.getLastRowNum());
            BigDecimal granted = BigDecimal.ZERO;
            for (int r = 1; r < csv.size(); r++) {
                Row row = sheet.getRow(r);
                assertEquals(csv.get(r).get(0), row.getCell(0).getStringCellValue());
                assertEquals(csv.get(r).get(1), row.getCell(1).getStringCellValue());
                Cell cell = row.getCell(5);
                assertEquals(CellType.NUMERIC, cell.getCellType());
                assertEquals(new BigDecimal(csv.get(r).get(5)), BigDecimal.valueOf((long) cell.getNumericCellValue()));
                granted = granted.add(BigDecimal.valueOf((long) cell.getNumericCellValue()));
            }
            assertEquals(new BigDecimal("19944000"), granted, "seed 002's 15 grants");
        }
    }
}
