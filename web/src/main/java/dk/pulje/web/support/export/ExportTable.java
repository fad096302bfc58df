package dk.pulje.web.support.export;

import java.util.List;
import java.util.Objects;

/**
 * A table as the reader sees it on a dashboard, ready to be written as CSV or XLSX ({@link TableDownload}): headers
 * in the reader's language, and cells as values (BigDecimal for money and shares, LocalDate for dates, Number for
 * counts, String for text), never as pre-formatted text, so that a spreadsheet can add them up.
 *
 * @param fileName the download's name without extension, e.g. "fordeling-by"
 * @param title    the sheet's name (XLSX), at most 31 characters
 */
public record ExportTable(String fileName, String title, List<ExportColumn> columns, List<List<Object>> rows) {

    public ExportTable {
        Objects.requireNonNull(fileName, "fileName");
        columns = List.copyOf(columns);
        int width = columns.size();
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells for " + width + " columns");
            }
            return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row));
        }).toList();
    }
}
