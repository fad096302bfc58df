package dk.pulje.web.work;

import dk.pulje.application.worklist.Due;
import dk.pulje.application.worklist.WorkListSearch;
import dk.pulje.application.worklist.WorkListSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a work list table's paging, sorting and filtering into a {@link WorkListSearch} that the database answers.
 * The table's filter fields are {@code projectTitle} (contains), {@code fundName} (a fund id) and the date column
 * ({@code plannedDate} or {@code dueDate}, whose filter is a {@link Due}: the table names a filter by its column's
 * field); the sort fields are the keys of the list's column map.
 */
public class WorkLazyDataModel<R, S extends Enum<S> & WorkListSort> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** How a list is read: count and window from the service, the row's key, its sort columns and default order. */
    public interface Source<R, S extends Enum<S> & WorkListSort> extends Serializable {
        long count(WorkListSearch<S> search);

        List<R> rows(WorkListSearch<S> search);

        long key(R row);
    }

    private final Source<R, S> source;
    private final Map<String, S> columns;
    private final S defaultSort;
    private final boolean defaultAscending;

    public WorkLazyDataModel(Source<R, S> source, Map<String, S> columns, S defaultSort, boolean defaultAscending) {
        this.source = source;
        this.columns = Map.copyOf(columns);
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.count(filtered(firstPage(1), filterBy)));
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return source.rows(sorted(filtered(firstPage(pageSize), filterBy), sortBy).page(first, pageSize));
    }

    @Override
    public String getRowKey(R row) {
        return Long.toString(source.key(row));
    }

    private WorkListSearch<S> firstPage(int pageSize) {
        return WorkListSearch.firstPage(defaultSort, defaultAscending, pageSize);
    }

    WorkListSearch<S> filtered(WorkListSearch<S> search, Map<String, FilterMeta> filterBy) {
        WorkListSearch<S> result = search;
        for (FilterMeta meta : filterBy.values()) {
            String value = meta.getFilterValue() == null ? null : meta.getFilterValue().toString().strip();
            if (value == null || value.isEmpty()) {
                continue;
            }
            switch (meta.getField()) {
                case "projectTitle" -> result = result.withText(value);
                case "fundName" -> result = result.withFund(parse(value, Long::valueOf));
                case "due", "plannedDate", "dueDate" -> result = result.withDue(parse(value, Due::valueOf));
                default -> {
                    // a column without a database filter: ignore rather than guess
                }
            }
        }
        return result;
    }

    WorkListSearch<S> sorted(WorkListSearch<S> search, Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && columns.containsKey(meta.getField()))
                .findFirst()
                .map(meta -> search.sortedBy(columns.get(meta.getField()), meta.getOrder() == SortOrder.ASCENDING))
                .orElse(search);
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
