package dk.pulje.web.support.export;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list page's export reads its rows through the page's own {@link LazyDataModel} with the filters and sort of the
 * address: the very call the table makes, so the file holds exactly what the list shows, in its order, in pages.
 */
public final class LazyWindows {

    private LazyWindows() {
    }

    public static <T> PagedRows.Window<T> of(LazyDataModel<T> model, Map<String, SortMeta> sortBy,
                                             Map<String, FilterMeta> filterBy) {
        return (first, size) -> model.load(first, size, sortBy, filterBy);
    }

    /** The table's filters as PrimeFaces hands them to the model: field → value; a null value is no filter. */
    public static Map<String, FilterMeta> filters(Object... fieldsAndValues) {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            String field = (String) fieldsAndValues[i];
            Object value = fieldsAndValues[i + 1];
            if (value != null) {
                filters.put(field, FilterMeta.builder().field(field).filterValue(value.toString()).build());
            }
        }
        return filters;
    }

    /** The table's sort as PrimeFaces hands it to the model; empty for the list's default order. */
    public static Map<String, SortMeta> sort(SortMeta meta) {
        return meta == null ? Map.of() : Map.of(meta.getField(), meta);
    }
}
