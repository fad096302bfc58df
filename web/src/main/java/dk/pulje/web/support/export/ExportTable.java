package dk.pulje.web.support.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A table as the reader sees it on a dashboard or a list, ready to be written as CSV or XLSX ({@link TableDownload}):
 * headers in the reader's language, and cells as values (BigDecimal for money and shares, LocalDate for dates, Number
 * for counts, String for text), never as pre-formatted text, so that a spreadsheet can add them up.
 * <p>
 * The rows are an {@link Iterable}, read once by the writer: a dashboard passes a list, a list page passes
 * {@link PagedRows}, which asks the service for one page at a time while the file is written, so that an export of
 * 100.000 projects never holds them all in memory. A row of the wrong width fails as it is read.
 *
 * @param fileName the download's name without extension, e.g. "fordeling-by"
 * @param title    the sheet's name (XLSX), at most 31 characters
 */
public record ExportTable(String fileName, String title, List<ExportColumn> columns, Iterable<List<Object>> rows) {

    public ExportTable {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(rows, "rows");
        columns = List.copyOf(columns);
        rows = checked(rows, columns.size());
    }

    private static Iterable<List<Object>> checked(Iterable<List<Object>> rows, int width) {
        return mapped(rows, row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells for " + width + " columns");
            }
            return Collections.unmodifiableList(new ArrayList<>(row));
        });
    }

    /** The rows, each changed by {@code change} as it is read (lazily: nothing is read before the writer asks). */
    public static Iterable<List<Object>> mapped(Iterable<List<Object>> rows, UnaryOperator<List<Object>> change) {
        return () -> {
            Iterator<List<Object>> source = rows.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public List<Object> next() {
                    return change.apply(source.next());
                }
            };
        };
    }
}
