package dk.pulje.web.support.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV the way Danish Excel opens it: UTF-8 with a byte-order mark (or Excel reads æøå as two characters each),
 * {@code ;} between fields, a decimal comma and no thousands separator (so that Excel reads a number, not text),
 * dates as dd-mm-åååå, CRLF line ends, quotes only where needed. A share is written as a percentage number
 * (68,95 for 68,95 %), since CSV carries no number format; the header says "(%)".
 */
public final class CsvTableWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private CsvTableWriter() {
    }

    public static void write(ExportTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeRow(writer, table.columns().stream().map(c -> (Object) header(c)).toList(),
                table.columns().stream().map(c -> ExportColumn.Kind.TEXT).toList());
        List<ExportColumn.Kind> kinds = table.columns().stream().map(ExportColumn::kind).toList();
        for (List<Object> row : table.rows()) {
            writeRow(writer, row, kinds);
        }
        writer.flush();
    }

    private static String header(ExportColumn column) {
        return switch (column.kind()) {
            case SHARE -> column.header() + " (%)";
            case POINTS -> column.header() + " (point)";
            default -> column.header();
        };
    }

    private static void writeRow(Writer writer, List<Object> cells, List<ExportColumn.Kind> kinds) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(';');
            }
            writer.write(cell(cells.get(i), kinds.get(i)));
        }
        writer.write("\r\n");
    }

    static String cell(Object value, ExportColumn.Kind kind) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case MONEY, INTEGER -> number((value instanceof BigDecimal d) ? d : new BigDecimal(value.toString()));
            case SHARE, POINTS -> number(((BigDecimal) value).movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN));
            case DATE -> ((LocalDate) value).format(DATE);
            case TEXT -> quote(FormulaGuard.defuse(value.toString()));
        };
    }

    private static String number(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    private static String quote(String text) {
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
