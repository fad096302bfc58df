package dk.pulje.web.support.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * XLSX the way a spreadsheet can compute with it: numbers are numeric cells (never text), with number formats that
 * Excel shows in the reader's own locale (so a Danish Excel shows {@code 1.234.567,00}, a British one
 * {@code 1,234,567.00}): money {@code #,##0.00}, shares and points {@code 0.00%}, counts {@code 0}, dates as date
 * cells shown {@code dd-mm-yyyy}. A bold header row, the pane frozen below it, and column widths from the content.
 * <p>
 * Text always becomes a string cell, and a text that starts like a formula (= + - @ tab CR) gets a leading apostrophe
 * ({@link FormulaGuard}): a string cell is not evaluated when opened, but Excel and LibreOffice re-read it as a
 * formula once someone edits the cell. Control characters, which XML 1.0 cannot carry, are replaced by a space.
 * <p>
 * Streaming (SXSSF, 100 rows in memory), so that an export of a large project list does not hold the sheet in memory.
 */
final class XlsxTableWriter {

    /** Excel's limit for one cell's text. */
    static final int MAX_TEXT = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** Widths are measured on the first rows only: enough to be sensible, cheap for a large list. */
    private static final int MEASURED_ROWS = 500;

    private XlsxTableWriter() {
    }

    static void write(ExportTable table, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Map<ExportColumn.Kind, CellStyle> styles = styles(workbook);
            Sheet sheet = workbook.createSheet(sheetName(table.title()));
            List<ExportColumn> columns = table.columns();
            int[] widths = new int[columns.size()];

            Row header = sheet.createRow(0);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                String text = text(columns.get(c).header());
                cell.setCellValue(text);
                cell.setCellStyle(bold);
                widths[c] = text.length() + 2;
            }
            sheet.createFreezePane(0, 1);

            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    ExportColumn.Kind kind = columns.get(c).kind();
                    Cell cell = row.createCell(c);
                    int length = fill(cell, value, kind);
                    cell.setCellStyle(styles.get(kind));
                    if (r <= MEASURED_ROWS) {
                        widths[c] = Math.max(widths[c], length);
                    }
                }
                r++;
            }
            for (int c = 0; c < widths.length; c++) {
                // Width in 1/256 of a character; a little air beside the widest value.
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1)) * 256);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Sets the cell and returns the width it needs, in characters, as the reader will see it. */
    private static int fill(Cell cell, Object value, ExportColumn.Kind kind) {
        switch (kind) {
            case MONEY -> {
                BigDecimal amount = decimal(value);
                // A spreadsheet's numbers are binary doubles: exact to the øre for any amount below 10^13 kroner.
                cell.setCellValue(amount.doubleValue());
                // digits, thousands separators, two decimals
                String plain = amount.setScale(0, java.math.RoundingMode.DOWN).abs().toPlainString();
                return plain.length() + (plain.length() - 1) / 3 + 3 + (amount.signum() < 0 ? 1 : 0);
            }
            case INTEGER -> {
                BigDecimal count = decimal(value);
                cell.setCellValue(count.doubleValue());
                return count.toPlainString().length();
            }
            case SHARE, POINTS -> {
                cell.setCellValue(decimal(value).doubleValue());
                return 9;
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                return 10;
            }
            default -> {
                String text = text(FormulaGuard.defuse(value.toString()));
                cell.setCellValue(text);
                return text.lines().mapToInt(String::length).max().orElse(0);
            }
        }
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /**
     * Text as XLSX can carry it: line breaks stay (as LF), every other control character becomes a space, and the
     * text is cut at Excel's limit.
     */
    static String text(String raw) {
        StringBuilder text = new StringBuilder(Math.min(raw.length(), MAX_TEXT));
        String normalised = raw.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length() && text.length() < MAX_TEXT; i++) {
            char ch = normalised.charAt(i);
            boolean control = (ch < 0x20 && ch != '\n') || (ch >= 0x7F && ch <= 0x9F) || ch == 0xFFFE || ch == 0xFFFF;
            text.append(control ? ' ' : ch);
        }
        return text.toString();
    }

    private static Map<ExportColumn.Kind, CellStyle> styles(SXSSFWorkbook workbook) {
        DataFormat formats = workbook.createDataFormat();
        Map<ExportColumn.Kind, CellStyle> styles = new EnumMap<>(ExportColumn.Kind.class);
        for (ExportColumn.Kind kind : ExportColumn.Kind.values()) {
            CellStyle style = workbook.createCellStyle();
            switch (kind) {
                case MONEY -> style.setDataFormat(formats.getFormat("#,##0.00"));
                case SHARE, POINTS -> style.setDataFormat(formats.getFormat("0.00%"));
                case INTEGER -> style.setDataFormat(formats.getFormat("0"));
                case DATE -> style.setDataFormat(formats.getFormat("dd-mm-yyyy"));
                case TEXT -> {
                    style.setDataFormat(formats.getFormat("@"));
                    style.setWrapText(false);
                }
            }
            styles.put(kind, style);
        }
        return styles;
    }

    private static String sheetName(String title) {
        return WorkbookUtil.createSafeSheetName(title == null || title.isBlank() ? "Pulje" : text(title).replace('\n', ' '));
    }
}
