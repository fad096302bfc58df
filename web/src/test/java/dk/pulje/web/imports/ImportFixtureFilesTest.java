package dk.pulje.web.imports;

import dk.pulje.application.imports.AmountReading;
import dk.pulje.application.imports.ColumnMapping;
import dk.pulje.application.imports.ColumnMappings;
import dk.pulje.application.imports.DanishAmounts;
import dk.pulje.application.imports.ImportField;
import dk.pulje.application.imports.ImportSheet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import fixtures other tests upload (ear/src/test/resources/imports, see its README) read as their README says:
 * seed 002 in both encodings gives the press release's figures, the corrected list differs in two amounts, the
 * broken and the wrong-type file are refused, the hostile file is read with every row kept for the service to judge.
 */
class ImportFixtureFilesTest {

    private static final Path FIXTURES = Path.of("../ear/src/test/resources/imports");
    private static final BigDecimal SEED_002_GRANTED = new BigDecimal("19944000.00");

    private final AllocationFileReader reader = new AllocationFileReader();

    @Test
    void seed002AsAWindows1252ListWithMillions() throws Exception {
        ReadResult result = read("seed002-windows1252.csv");

        assertEquals(Charset.forName("windows-1252"), result.encoding());
        assertEquals(';', result.separator());
        ImportSheet sheet = result.sheet();
        assertEquals(15, sheet.rows().size());
        assertEquals("Ung til ung ambassadører på FGU Østjylland", sheet.rows().get(7).cell(0));
        assertEquals("Åben pulje", sheet.rows().get(7).cell(2));
        List<AmountReading> totals = amounts(sheet, ImportField.TOTAL);
        assertEquals(new BigDecimal("11063000.00"), totals.get(0).kroner());
        assertEquals(new BigDecimal("324000.00"), totals.get(7).kroner());
        assertEquals("import.amount.leadingZero", totals.get(7).message().key(), "0324 mio. kroner: read, with a warning");
        assertEquals(1, totals.stream().filter(a -> a.message() != null).count());
        assertEquals(SEED_002_GRANTED, sum(amounts(sheet, ImportField.GRANTED)));
    }

    @Test
    void seed002AsUtf8WithBomHasTheSameFigures() throws Exception {
        ReadResult utf8 = read("seed002-utf8-bom.csv");
        ImportSheet windows = read("seed002-windows1252.csv").sheet();

        assertEquals(StandardCharsets.UTF_8, utf8.encoding());
        assertEquals(',', utf8.separator());
        ImportSheet sheet = utf8.sheet();
        assertEquals(List.of("Titel", "By", "Delpulje", "Ansøger", "Samlet budget", "Bevilget"), sheet.headers());
        for (ImportField field : List.of(ImportField.TITLE, ImportField.TOWN, ImportField.SUB_POOL, ImportField.OWNER)) {
            assertEquals(texts(windows, field), texts(sheet, field), field.name());
        }
        assertEquals(kroner(amounts(windows, ImportField.TOTAL)), kroner(amounts(sheet, ImportField.TOTAL)));
        assertEquals(kroner(amounts(windows, ImportField.GRANTED)), kroner(amounts(sheet, ImportField.GRANTED)));
        assertTrue(amounts(sheet, ImportField.TOTAL).stream().allMatch(a -> a.message() == null));
    }

    @Test
    void theCorrectedListDiffersInExactlyTwoAmounts() throws Exception {
        ImportSheet original = read("seed002-windows1252.csv").sheet();
        ImportSheet corrected = read("seed002-corrected-windows1252.csv").sheet();

        assertEquals(texts(original, ImportField.TITLE), texts(corrected, ImportField.TITLE));
        List<String> changed = new ArrayList<>();
        for (ImportField field : List.of(ImportField.TOTAL, ImportField.GRANTED)) {
            List<BigDecimal> before = kroner(amounts(original, field));
            List<BigDecimal> after = kroner(amounts(corrected, field));
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i).compareTo(after.get(i)) != 0) {
                    changed.add(original.rows().get(i).cell(0) + " " + field + " " + after.get(i));
                }
            }
        }
        assertEquals(List.of("Grønne Rollemodeller TOTAL 700000.00", "Lær med AI GRANTED 500000.00"), changed);
        assertTrue(amounts(corrected, ImportField.TOTAL).stream().allMatch(a -> a.message() == null),
                "the corrected list spells 0324 as 0,324");
    }

    @Test
    void theBrokenListIsRefusedAtLineFive() {
        UnreadableFile refusal = assertThrows(UnreadableFile.class, () -> read("broken-quotes.csv"));

        assertEquals("import.file.notParseable", refusal.key());
        assertArrayEquals(new Object[]{5L}, refusal.arguments());
    }

    @Test
    void aPngNamedCsvIsRefused() {
        assertEquals("import.file.type", assertThrows(UnreadableFile.class, () -> read("not-a-list.csv")).key());
    }

    @Test
    void theHostileListIsReadWithEveryRowKeptAsText() throws Exception {
        ReadResult result = read("hostile.csv");

        assertEquals(Charset.forName("windows-1252"), result.encoding());
        ImportSheet sheet = result.sheet();
        assertEquals(12, sheet.rows().size());
        assertEquals("=1+1", sheet.rows().get(0).cell(0));
        assertEquals("\t=cmd|' /C calc'!A0", sheet.rows().get(4).cell(0));
        assertEquals("<script>alert('pulje')</script>", sheet.rows().get(5).cell(0));
        assertEquals(5_000, sheet.rows().get(7).cell(0).length());
        assertTrue(sheet.rows().get(8).cell(0).contains("\u0007"));
        assertTrue(sheet.rows().get(9).cell(0).chars().anyMatch(Character::isISOControl), "the garbage row");
        assertEquals(3, sheet.rows().get(9).cells().size());
        assertEquals("import.amount.notANumber", DanishAmounts.read(sheet.rows().get(10).cell(4), ImportField.TOTAL).message().key());
        assertEquals("import.amount.negative", DanishAmounts.read(sheet.rows().get(11).cell(5), ImportField.GRANTED).message().key());
    }

    private ReadResult read(String name) throws IOException, UnreadableFile {
        return reader.read(Files.readAllBytes(FIXTURES.resolve(name)), name, ReadOptions.DETECT);
    }

    private static List<AmountReading> amounts(ImportSheet sheet, ImportField field) {
        ColumnMapping mapping = ColumnMappings.propose(sheet.headers());
        return sheet.rows().stream().map(row -> DanishAmounts.read(mapping.value(row, field), field)).toList();
    }

    private static List<String> texts(ImportSheet sheet, ImportField field) {
        ColumnMapping mapping = ColumnMappings.propose(sheet.headers());
        return sheet.rows().stream().map(row -> mapping.value(row, field)).toList();
    }

    private static List<BigDecimal> kroner(List<AmountReading> readings) {
        readings.forEach(r -> assertTrue(r.message() == null || !r.message().error(), () -> String.valueOf(r.message())));
        return readings.stream().map(AmountReading::kroner).toList();
    }

    private static BigDecimal sum(List<AmountReading> readings) {
        return kroner(readings).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
