package dk.pulje.web.support.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A whole list's rows for an export, read from the service one page at a time (the same call, filters and sort as
 * the page's table) while the file is written: at most one page is held in memory.
 * <p>
 * Two ways to read the pages: by {@link Window} (from a row's index: {@code offset}, so that each page sorts and skips
 * every row before it and a long list costs the square of its length) or, where the service offers it, by
 * {@link Seek} (keyset: each page starts after the last row of the one before, so the cost grows with the list;
 * the project list, issue 13).
 *
 * @param <T> the service's row record
 */
public final class PagedRows<T> implements Iterable<List<Object>> {

    /** Rows per statement: large enough that 100.000 rows are 200 statements, small enough to hold in memory. */
    public static final int PAGE = 500;

    /** One window of the list: the rows from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Window<T> {
        List<T> rows(int first, int size);
    }

    /** One keyset page: the rows after {@code position} (null: from the start), at most {@code size} of them. */
    @FunctionalInterface
    public interface Seek<T> {
        Chunk<T> after(Object position, int size);
    }

    /** A page's rows and where the next starts; {@code next} null when it was the last. */
    public record Chunk<T>(List<T> rows, Object next) {
    }

    private final Seek<T> seek;
    private final Function<T, List<Object>> cells;
    private final int pageSize;

    public PagedRows(Window<T> window, Function<T, List<Object>> cells) {
        this(window, cells, PAGE);
    }

    PagedRows(Window<T> window, Function<T, List<Object>> cells, int pageSize) {
        this(byIndex(window), cells, pageSize);
    }

    private PagedRows(Seek<T> seek, Function<T, List<Object>> cells, int pageSize) {
        this.seek = seek;
        this.cells = cells;
        this.pageSize = pageSize;
    }

    /** The rows read by keyset, {@value #PAGE} at a time. */
    public static <T> PagedRows<T> seeking(Seek<T> seek, Function<T, List<Object>> cells) {
        return new PagedRows<>(seek, cells, PAGE);
    }

    static <T> PagedRows<T> seeking(Seek<T> seek, Function<T, List<Object>> cells, int pageSize) {
        return new PagedRows<>(seek, cells, pageSize);
    }

    /** A window read as a seek whose position is the next row's index; a short page is the last. */
    private static <T> Seek<T> byIndex(Window<T> window) {
        return (position, size) -> {
            int first = position == null ? 0 : (Integer) position;
            List<T> rows = window.rows(first, size);
            return new Chunk<>(rows, rows.size() < size ? null : first + rows.size());
        };
    }

    @Override
    public Iterator<List<Object>> iterator() {
        return new Iterator<>() {
            private Chunk<T> page = seek.after(null, pageSize);
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= page.rows().size()) {
                    if (page.next() == null) {
                        return false;
                    }
                    page = seek.after(page.next(), pageSize);
                    index = 0;
                }
                return true;
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return cells.apply(page.rows().get(index++));
            }
        };
    }
}
