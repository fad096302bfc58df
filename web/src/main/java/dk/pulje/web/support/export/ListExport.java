package dk.pulje.web.support.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How one list's rows become an export: its columns (a header as a message key, a kind, and the value a row gives),
 * declared once per list beside its backing, e.g.
 * <pre>{@code
 * ListExport.<UnplannedGrant>named("bevillinger-uden-plan", "Bevillinger")
 *         .text("work.column.project", UnplannedGrant::projectTitle)
 *         .money("work.column.granted", g -> g.granted().amount());
 * }</pre>
 * The table is then made with the reader's headers and the list's rows ({@link PagedRows} or a list).
 *
 * @param <T> the service's row record
 */
public final class ListExport<T> {

    private record Column<T>(String headerKey, ExportColumn.Kind kind, Function<T, Object> value) {
    }

    private final String fileName;
    private final String title;
    private final List<Column<T>> columns = new ArrayList<>();

    private ListExport(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    /**
     * @param fileName the download's name without date and extension; also the list's name in the security log
     * @param title    the sheet's name
     */
    public static <T> ListExport<T> named(String fileName, String title) {
        return new ListExport<>(fileName, title);
    }

    public ListExport<T> text(String headerKey, Function<T, Object> value) {
        return add(headerKey, ExportColumn.Kind.TEXT, value);
    }

    public ListExport<T> integer(String headerKey, Function<T, Object> value) {
        return add(headerKey, ExportColumn.Kind.INTEGER, value);
    }

    /** An amount as BigDecimal; null (unknown) stays an empty cell, never 0. */
    public ListExport<T> money(String headerKey, Function<T, BigDecimal> value) {
        return add(headerKey, ExportColumn.Kind.MONEY, value::apply);
    }

    public ListExport<T> date(String headerKey, Function<T, Object> value) {
        return add(headerKey, ExportColumn.Kind.DATE, value);
    }

    public ListExport<T> share(String headerKey, Function<T, BigDecimal> value) {
        return add(headerKey, ExportColumn.Kind.SHARE, value::apply);
    }

    private ListExport<T> add(String headerKey, ExportColumn.Kind kind, Function<T, Object> value) {
        columns.add(new Column<>(headerKey, kind, value));
        return this;
    }

    public String fileName() {
        return fileName;
    }

    /** One row's cells, in the columns' order. */
    public List<Object> cells(T row) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            cells.add(column.value().apply(row));
        }
        return cells;
    }

    /** The table, with headers in the reader's language ({@code header} turns a key into text). */
    public ExportTable table(Function<String, String> header, Iterable<List<Object>> rows) {
        List<ExportColumn> heads = columns.stream()
                .map(c -> new ExportColumn(header.apply(c.headerKey()), c.kind())).toList();
        return new ExportTable(fileName, title, heads, rows);
    }

    /** The whole list, read page by page through {@code window} (the list's own service call). */
    public PagedRows<T> paged(PagedRows.Window<T> window) {
        return new PagedRows<>(window, this::cells);
    }

    /** The whole list, read by keyset through {@code seek} (each page after the last row of the one before). */
    public PagedRows<T> seeking(PagedRows.Seek<T> seek) {
        return PagedRows.seeking(seek, this::cells);
    }

    /** A list that is already in memory (short by nature: the funds one administers, a search's 50 best). */
    public Iterable<List<Object>> of(List<T> rows) {
        return rows.stream().map(this::cells).toList();
    }
}
