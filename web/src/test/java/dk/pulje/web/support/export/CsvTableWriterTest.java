package dk.pulje.web.support.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV bytes as Danish Excel reads them: BOM, semicolons, decimal comma, quoting, formulas defused. */
class CsvTableWriterTest {

    private static final ExportTable TABLE = new ExportTable("fordeling-by", "Fordeling", List.of(
            ExportColumn.text("By"), ExportColumn.integer("Projekter"), ExportColumn.money("Bevilget"),
            ExportColumn.share("Støtteandel"), ExportColumn.points("Afvigelse"), ExportColumn.date("Slutdato")),
            List.of(
                    List.of("Randers", 6L, new BigDecimal("13752000.00"), new BigDecimal("0.6895"), new BigDecimal("-0.1105"),
                            LocalDate.of(2026, 6, 30)),
                    Arrays.asList("Aarhus; \"Nord\"", 0L, new BigDecimal("-1234.56"), null, null, null),
                    Arrays.asList("=1+1", 1, new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.ZERO, null),
                    Arrays.asList("-2+3", 1, null, null, null, null),
                    Arrays.asList("+cmd", 1, null, null, null, null),
                    Arrays.asList("@SUM(A1)", 1, null, null, null, null),
                    Arrays.asList("to\nlinjer", 1, null, null, null, null)));

    @Test
    void starts_with_a_utf8_byte_order_mark() throws IOException {
        byte[] bytes = bytes();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    }

    @Test
    void writes_semicolons_decimal_commas_percent_numbers_danish_dates_and_crlf() throws IOException {
        String[] lines = text().split("\r\n", -1);
        assertEquals("By;Projekter;Bevilget;Støtteandel (%);Afvigelse (point);Slutdato", lines[0]);
        assertEquals("Randers;6;13752000,00;68,95;-11,05;30-06-2026", lines[1]);
        assertEquals("\"Aarhus; \"\"Nord\"\"\";0;-1234,56;;;", lines[2]);
        assertEquals("", lines[lines.length - 1], "the last line ends with CRLF too");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe() throws IOException {
        String[] lines = text().split("\r\n", -1);
        assertEquals("'=1+1;1;0,01;100,00;0,00;", lines[3]);
        assertEquals("'-2+3;1;;;;", lines[4]);
        assertEquals("'+cmd;1;;;;", lines[5]);
        assertEquals("'@SUM(A1);1;;;;", lines[6]);
    }

    @Test
    void a_line_break_in_text_is_quoted() throws IOException {
        assertEquals("\"to\nlinjer\";1;;;;", text().split("\r\n", -1)[7]);
    }

    private static byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableDownload.write(TABLE, ExportFormat.CSV, out);
        return out.toByteArray();
    }

    private static String text() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8).substring(1);
    }
}
