package dk.pulje.web.support.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A whole list's rows for an export, read from the service one page at a time (the same call, filters and sort as
 * the page's table) while the file is written: at most one page is held in memory.
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

    private final Window<T> window;
    private final Function<T, List<Object>> cells;
    private final int pageSize;

    public PagedRows(Window<T> window, Function<T, List<Object>> cells) {
        this(window, cells, PAGE);
    }

    PagedRows(Window<T> window, Function<T, List<Object>> cells, int pageSize) {
        this.window = window;
        this.cells = cells;
        this.pageSize = pageSize;
    }

    @Override
    public Iterator<List<Object>> iterator() {
        return new Iterator<>() {
            private List<T> page = window.rows(0, pageSize);
            private int first;
            private int index;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (page.size() < pageSize) {
                    return false;
                }
                first += page.size();
                page = window.rows(first, pageSize);
                index = 0;
                return !page.isEmpty();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return cells.apply(page.get(index++));
            }
        };
    }
}
