package dk.pulje.web.work;

import dk.pulje.application.worklist.Due;
import dk.pulje.application.worklist.DuePayment;
import dk.pulje.application.worklist.PaymentSort;
import dk.pulje.application.worklist.WorkListSearch;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The translation from a work list table's state to a database search. */
class WorkLazyDataModelTest {

    private final WorkLazyDataModel<DuePayment, PaymentSort> model = new WorkLazyDataModel<>(new NoSource(),
            WorkPaymentsBacking.COLUMNS, PaymentSort.PLANNED_DATE, true);
    private final WorkListSearch<PaymentSort> base = WorkListSearch.firstPage(PaymentSort.PLANNED_DATE, true, 25);

    @Test
    void columnFiltersBecomeSearchCriteria() {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        filters.put("projectTitle", filter("projectTitle", "  bogbus "));
        filters.put("fundName", filter("fundName", "7"));
        filters.put("plannedDate", filter("plannedDate", "OVERDUE")); // the due filter sits on the date column
        WorkListSearch<PaymentSort> search = model.filtered(base, filters);
        assertEquals("bogbus", search.text());
        assertEquals(7L, search.fundId());
        assertEquals(Due.OVERDUE, search.due());
    }

    @Test
    void malformedFilterValuesAreIgnoredNotGuessed() {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        filters.put("fundName", filter("fundName", "not-a-number"));
        filters.put("plannedDate", filter("plannedDate", "SOMETIME"));
        filters.put("ownerName", filter("ownerName", "x"));
        WorkListSearch<PaymentSort> search = model.filtered(base, filters);
        assertNull(search.fundId());
        assertEquals(Due.ALL, search.due());
        assertNull(search.text());
    }

    @Test
    void theSortedColumnMapsToTheListsClosedSortSet() {
        WorkListSearch<PaymentSort> byAmount = model.sorted(base, Map.of("amount", sort("amount", SortOrder.DESCENDING)));
        assertEquals(PaymentSort.AMOUNT, byAmount.sort());
        assertFalse(byAmount.ascending());
        WorkListSearch<PaymentSort> unknown = model.sorted(base, Map.of("condition", sort("condition", SortOrder.ASCENDING)));
        assertEquals(PaymentSort.PLANNED_DATE, unknown.sort(), "a column the list does not sort by keeps the default order");
    }

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }

    private static SortMeta sort(String field, SortOrder order) {
        return SortMeta.builder().field(field).order(order).build();
    }

    private static final class NoSource implements WorkLazyDataModel.Source<DuePayment, PaymentSort> {
        @Override
        public long count(WorkListSearch<PaymentSort> search) {
            return 0;
        }

        @Override
        public List<DuePayment> rows(WorkListSearch<PaymentSort> search) {
            return List.of();
        }

        @Override
        public long key(DuePayment row) {
            return row.paymentId();
        }
    }
}
