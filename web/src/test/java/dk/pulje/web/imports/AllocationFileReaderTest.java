package dk.pulje.web.imports;

import dk.pulje.application.imports.ImportSheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV reading: encodings, separators, quoting, blank rows, and every refusal of a file as a whole. */
class AllocationFileReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final AllocationFileReader reader = new AllocationFileReader();

    @Test
    void readsAWindows1252SemicolonFileWithCrlf() throws UnreadableFile {
        byte[] file = "Projekt;By;Støtte\r\nGrøn omstilling og bæredygtige kulturer;Nørre Nissum;0,883 mio. kroner\r\n"
                .getBytes(WINDOWS_1252);

        ReadResult result = reader.read(file, "liste.csv", ReadOptions.DETECT);

        assertEquals(FileKind.CSV, result.kind());
        assertEquals(WINDOWS_1252, result.encoding());
        assertEquals(';', result.separator());
        assertEquals(List.of("Projekt", "By", "Støtte"), result.sheet().headers());
        assertEquals(List.of(row(2, "Grøn omstilling og bæredygtige kulturer", "Nørre Nissum", "0,883 mio. kroner")),
                result.sheet().rows());
    }

    @Test
    void readsUtf8WithAndWithoutBomCommaSeparatedWithLf() throws UnreadableFile {
        String text = "Projekt,By,Støtte\nLær med AI,Randers,492000\n";
        for (byte[] file : List.of(text.getBytes(StandardCharsets.UTF_8), concat(BOM, text.getBytes(StandardCharsets.UTF_8)))) {
            ReadResult result = reader.read(file, "liste.csv", ReadOptions.DETECT);

            assertEquals(StandardCharsets.UTF_8, result.encoding());
            assertEquals(',', result.separator());
            assertEquals(List.of("Projekt", "By", "Støtte"), result.sheet().headers(), "the BOM is not part of the header");
            assertEquals(List.of(row(2, "Lær med AI", "Randers", "492000")), result.sheet().rows());
        }
    }

    @Test
    void readsTabSeparated() throws UnreadableFile {
        ReadResult result = reader.read("Projekt\tStøtte\nA\t1,5 mio.\n".getBytes(StandardCharsets.UTF_8), "l.csv", ReadOptions.DETECT);

        assertEquals('\t', result.separator());
        assertEquals(List.of(row(2, "A", "1,5 mio.")), result.sheet().rows());
    }

    @Test
    void theSeparatorIsCountedInTheHeaderOutsideQuotes() throws UnreadableFile {
        String text = "\"Projekt; navn\",By,\"Støtte; kr.\"\r\n\"A, B\",Aarhus,\"1,5 mio.\"\r\n";

        ReadResult result = reader.read(text.getBytes(StandardCharsets.UTF_8), "l.csv", ReadOptions.DETECT);

        assertEquals(',', result.separator());
        assertEquals(List.of("Projekt; navn", "By", "Støtte; kr."), result.sheet().headers());
        assertEquals(List.of(row(2, "A, B", "Aarhus", "1,5 mio.")), result.sheet().rows());
    }

    @Test
    void aTieOrNoSeparatorAtAllIsASemicolon() {
        assertEquals(';', CsvReading.detectSeparator("a;b,c"));
        assertEquals(';', CsvReading.detectSeparator("Projekt"));
        assertEquals(',', CsvReading.detectSeparator("\n\n a,b,c;d\n1;2;3;4;5;6"));
    }

    @Test
    void theClerkOverridesEncodingAndSeparator() throws UnreadableFile {
        byte[] file = "Projekt;Støtte,kr.\r\nGrøn;5\r\n".getBytes(WINDOWS_1252);

        ReadResult asUtf8 = reader.read(file, "l.csv", new ReadOptions(StandardCharsets.UTF_8, ','));

        assertEquals(StandardCharsets.UTF_8, asUtf8.encoding());
        assertEquals(',', asUtf8.separator());
        assertEquals(List.of("Projekt;St\uFFFDtte", "kr."), asUtf8.sheet().headers(), "a wrong choice shows, it does not fail");
    }

    @Test
    void quotedFieldsKeepSeparatorsNewlinesAndDoubledQuotes() throws UnreadableFile {
        String text = "Projekt;Beskrivelse;Støtte\r\n"
                + "\"Skriftlighed; forfra\";\"To linjer\r\nher og \"\"citat\"\"\";1 mio.\r\n"
                + "Næste;x;2\r\n";

        ImportSheet sheet = reader.read(text.getBytes(StandardCharsets.UTF_8), "l.csv", ReadOptions.DETECT).sheet();

        assertEquals(List.of(row(2, "Skriftlighed; forfra", "To linjer\r\nher og \"citat\"", "1 mio."), row(3, "Næste", "x", "2")),
                sheet.rows(), "a record over two lines is one row, as a spreadsheet shows it");
    }

    @Test
    void blankRowsAreSkippedKeepingTheRowNumbersAndTrailingEmptyColumnsAreTrimmed() throws UnreadableFile {
        String text = "\r\n;;\r\nProjekt;Støtte;;\r\nA;1;;\r\n;;;\r\n\r\nB;;;\r\n";

        ImportSheet sheet = reader.read(text.getBytes(StandardCharsets.UTF_8), "l.csv", ReadOptions.DETECT).sheet();

        assertEquals(List.of("Projekt", "Støtte"), sheet.headers());
        assertEquals(List.of(row(4, "A", "1"), row(7, "B")), sheet.rows());
    }

    @Test
    void cellsAreKeptAsTheFileHasThem() throws UnreadableFile {
        String longTitle = "T".repeat(5_000);
        String text = "Projekt;Støtte\n" + longTitle + ";1\n=1+1;@SUM(A1)\n\" padded \";\u0007bell\u001b\n";

        ImportSheet sheet = reader.read(text.getBytes(StandardCharsets.UTF_8), "l.csv", ReadOptions.DETECT).sheet();

        assertEquals(longTitle, sheet.rows().get(0).cell(0), "the service refuses the row, the reader keeps it");
        assertEquals(List.of("=1+1", "@SUM(A1)"), sheet.rows().get(1).cells());
        assertEquals(List.of(" padded ", "\u0007bell\u001b"), sheet.rows().get(2).cells());
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingTheLineItOpensOn() {
        String text = "Projekt;Støtte\r\nA;1\r\n\"B;2\r\nC;3\r\nD;4\r\n";

        UnreadableFile refusal = assertThrows(UnreadableFile.class,
                () -> reader.read(text.getBytes(StandardCharsets.UTF_8), "brudt.csv", ReadOptions.DETECT));

        assertEquals("import.file.notParseable", refusal.key());
        assertArrayEquals(new Object[]{3L}, refusal.arguments());
        assertTrue(refusal.text(Locale.forLanguageTag("da")).startsWith("Filen kan ikke læses fra linje 3:"), refusal.text(null));
        assertTrue(refusal.text(Locale.ENGLISH).startsWith("The file cannot be read from line 3:"));
    }

    @Test
    void charactersAfterAClosedQuoteAreRefused() {
        String text = "Projekt;Støtte\n\"A\"x;1\n";

        UnreadableFile refusal = assertThrows(UnreadableFile.class,
                () -> reader.read(text.getBytes(StandardCharsets.UTF_8), "brudt.csv", ReadOptions.DETECT));

        assertEquals("import.file.notParseable", refusal.key());
        assertArrayEquals(new Object[]{2L}, refusal.arguments());
    }

    @Test
    void anEmptyFileIsRefused() {
        for (byte[] empty : List.of(new byte[0], BOM, " \r\n \r\n".getBytes(StandardCharsets.UTF_8))) {
            assertEquals("import.file.empty", refusal(empty, "tom.csv").key());
        }
        assertEquals("import.file.empty", assertThrows(UnreadableFile.class, () -> reader.read(null, null, null)).key());
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        byte[] file = new byte[AllocationFileReader.MAX_BYTES + 1];
        java.util.Arrays.fill(file, (byte) 'a');

        UnreadableFile refusal = refusal(file, "stor.csv");

        assertEquals("import.file.tooBig", refusal.key());
        assertEquals("Filen \"stor.csv\" fylder 10,0 MB. En bevillingsliste må højst fylde 10 MB. Del listen i flere filer.",
                refusal.text(Locale.forLanguageTag("da")));
        assertEquals("The file \"stor.csv\" is 10.0 MB. An allocation list may be at most 10 MB. Split the list into several files.",
                refusal.text(Locale.ENGLISH));
    }

    @Test
    void anUploadStreamIsReadNoFurtherThanTheLimit() throws Exception {
        java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'a';
            }
        };

        UnreadableFile refusal = assertThrows(UnreadableFile.class, () -> reader.readUpload(endless, "uendelig.csv", ReadOptions.DETECT));

        assertEquals("import.file.tooBigStream", refusal.key());
        assertEquals(AllocationFileReader.MAX_BYTES + 1, served.get());
        assertEquals("Filen \"uendelig.csv\" fylder mere end 10 MB, som er det højeste for en bevillingsliste. Del listen i flere filer.",
                refusal.text(Locale.forLanguageTag("da")));
        assertEquals(List.of("Projekt"), reader.readUpload(new java.io.ByteArrayInputStream("Projekt\nA\n".getBytes(StandardCharsets.UTF_8)),
                "l.csv", ReadOptions.DETECT).sheet().headers());
    }

    @Test
    void exactlyTenMegabytesIsRead() throws UnreadableFile {
        byte[] head = "Projekt;Støtte\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[AllocationFileReader.MAX_BYTES];
        java.util.Arrays.fill(file, (byte) ' ');
        System.arraycopy(head, 0, file, 0, head.length);

        assertEquals(List.of("Projekt", "Støtte"), reader.read(file, "l.csv", ReadOptions.DETECT).sheet().headers());
    }

    @Test
    void aPngNamedCsvIsRefusedByItsContent() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1};

        UnreadableFile refusal = refusal(png, "liste.csv");

        assertEquals("import.file.type", refusal.key());
        assertArrayEquals(new Object[]{"liste.csv"}, refusal.arguments());
    }

    @Test
    void binaryGarbageIsRefusedButOneGarbageRowInATextFileIsKept() throws UnreadableFile {
        byte[] garbage = new byte[400];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (1 + (i * 7) % 31); // control characters, no NUL
        }
        assertEquals("import.file.type", refusal(garbage, "x.csv").key());

        byte[] oneRow = concat("Projekt;Støtte\r\nA;1\r\n".getBytes(WINDOWS_1252),
                new byte[]{(byte) 0x8F, 0x01, (byte) 0xFE, 0x7F, (byte) 0x9D, 'x', (byte) 0xC3, 0x1B},
                ";2\r\nB;3\r\n".getBytes(WINDOWS_1252));
        ImportSheet sheet = reader.read(oneRow, "x.csv", ReadOptions.DETECT).sheet();
        assertEquals(3, sheet.rows().size());
        assertEquals(row(4, "B", "3"), sheet.rows().get(2));
    }

    @Test
    void anOldExcelOrPasswordProtectedFileIsToldSo() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};

        assertEquals("import.file.oldExcel", refusal(ole2, "liste.xls").key());
    }

    @Test
    void aFileWithoutAHeaderIsRefused() {
        assertEquals("import.file.noHeader", refusal(";;\r\n;;\r\n".getBytes(StandardCharsets.UTF_8), "l.csv").key());
        assertEquals("import.file.noHeader",
                refusal("11063000;6000000\r\n9735000;5052000\r\n".getBytes(StandardCharsets.UTF_8), "l.csv").key(),
                "a first row of numbers is data, not a header");
    }

    @Test
    void aHeaderWithoutRowsIsASheetWithoutRows() throws UnreadableFile {
        assertEquals(List.of(), reader.read("Projekt;Støtte\r\n".getBytes(StandardCharsets.UTF_8), "l.csv", null).sheet().rows());
    }

    @Test
    void twentyThousandRowsAreReadAndOneMoreIsRefusedStatingTheLimit() throws UnreadableFile {
        StringBuilder text = new StringBuilder("Projekt;Støtte\n");
        for (int i = 1; i <= AllocationFileReader.MAX_ROWS; i++) {
            text.append("Projekt ").append(i).append(";1000\n");
        }
        byte[] atLimit = text.toString().getBytes(StandardCharsets.UTF_8);
        ImportSheet sheet = reader.read(atLimit, "l.csv", ReadOptions.DETECT).sheet();
        assertEquals(20_000, sheet.rows().size());
        assertEquals(20_001, sheet.rows().get(19_999).number());

        UnreadableFile refusal = refusal(text.append("En for meget;1\n").toString().getBytes(StandardCharsets.UTF_8), "l.csv");
        assertEquals("import.file.tooManyRows", refusal.key());
        assertEquals("Filen har flere end 20.000 rækker. Del listen i flere filer med højst 20.000 rækker hver.",
                refusal.text(Locale.forLanguageTag("da")));
        assertEquals("The file has more than 20,000 rows. Split the list into several files of at most 20,000 rows each.",
                refusal.text(Locale.ENGLISH));
    }

    @Test
    void tooManyColumnsAreRefused() {
        String text = "Projekt" + ";x".repeat(AllocationFileReader.MAX_COLUMNS) + "\n";

        UnreadableFile refusal = refusal(text.getBytes(StandardCharsets.UTF_8), "l.csv");

        assertEquals("import.file.tooManyColumns", refusal.key());
    }

    @Test
    void detectionTakesValidUtf8AsUtf8AndAnythingElseAsWindows1252() {
        assertEquals(StandardCharsets.UTF_8, CsvReading.detectEncoding("ascii only".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(StandardCharsets.UTF_8, CsvReading.detectEncoding("æøå ÆØÅ".getBytes(StandardCharsets.UTF_8)));
        assertEquals(WINDOWS_1252, CsvReading.detectEncoding("æøå ÆØÅ".getBytes(WINDOWS_1252)));
        assertEquals(WINDOWS_1252, CsvReading.detectEncoding("Støtte – 5 €".getBytes(WINDOWS_1252)));
        assertNull(new ReadOptions(null, null).encoding());
    }

    private UnreadableFile refusal(byte[] file, String name) {
        return assertThrows(UnreadableFile.class, () -> reader.read(file, name, ReadOptions.DETECT));
    }

    static ImportSheet.Row row(int number, String... cells) {
        return new ImportSheet.Row(number, List.of(cells));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
