package dk.pulje.web.work;

import dk.pulje.application.project.FundOption;
import dk.pulje.application.worklist.Due;
import dk.pulje.application.worklist.WorkListService;
import dk.pulje.application.worklist.WorkListSort;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.data.FilterEvent;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the three work list pages share: the lazy table, the fund and due filters, "today", and the table's state in
 * the address ({@link WorkListState}), so that a filtered list survives a reload and can be bookmarked or sent.
 */
public abstract class WorkListBacking<R, S extends Enum<S> & WorkListSort> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Injected into each page's bean: the list's download and its security log line. */
    @jakarta.inject.Inject
    private dk.pulje.web.support.export.ListDownloads downloads;

    private final WorkListState state;
    private WorkLazyDataModel<R, S> rows;
    private List<FundOption> funds;
    private LocalDate today;

    protected WorkListBacking(Map<String, S> columns) {
        this.state = new WorkListState(columns.keySet());
    }

    /** Called from the subclass's {@code @PostConstruct}. */
    protected void init(WorkListService service, WorkLazyDataModel<R, S> model) {
        rows = model;
        funds = service.funds();
        today = service.today();
    }

    /** The page's own address, for the browser's address bar. */
    protected abstract String path();

    /** The list's columns for its download. */
    protected abstract dk.pulje.web.support.export.ListExport<R> exportColumns();

    /** View action: {@code ?…&export=CSV|XLSX} sends the whole list as its filters and sort select it. */
    public void export() {
        dk.pulje.web.support.export.ListExport<R> columns = exportColumns();
        downloads.sendIfAsked(columns, () -> columns.paged(dk.pulje.web.support.export.LazyWindows.of(rows,
                dk.pulje.web.support.export.LazyWindows.sort(state.getSortMeta()), state.filterBy())));
    }

    /** After a filter, sort or page change: remember the table's state and give the browser its new address. */
    public void tableChanged(AjaxBehaviorEvent event) {
        DataTable table = (DataTable) event.getComponent();
        Map<String, FilterMeta> filters = table.getFilterByAsMap();
        state.setTitle(filterValue(filters, "projectTitle"));
        String fund = filterValue(filters, "fundName");
        state.setFund(parseLong(fund));
        // The due filter sits on the date column, and the table names a filter by its column's field.
        String due = filterValue(filters, "plannedDate");
        state.setDue(due != null ? due : filterValue(filters, "dueDate"));
        SortMeta sort = table.getSortByAsMap().values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        state.setSort(sort == null ? null : sort.getField());
        state.setOrder(sort == null ? null : sort.getOrder() == SortOrder.DESCENDING ? "desc" : "asc");
        state.setRows(table.getRows());
        state.setPage(event instanceof PageEvent page ? page.getPage() + 1
                : event instanceof FilterEvent || event instanceof SortEvent ? 1 : table.getFirst() / Math.max(1, table.getRows()) + 1);
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        PrimeFaces.current().ajax().addCallbackParam("address", contextPath + path() + state.query());
    }

    private static String filterValue(Map<String, FilterMeta> filters, String field) {
        return filters.values().stream().filter(meta -> field.equals(meta.getField())).findFirst()
                .map(FilterMeta::getFilterValue).map(Object::toString).map(String::strip)
                .filter(value -> !value.isEmpty()).orElse(null);
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public WorkLazyDataModel<R, S> getRows() {
        return rows;
    }

    public List<FundOption> getFunds() {
        return funds;
    }

    public Due[] getDueChoices() {
        return new Due[]{Due.OVERDUE, Due.COMING};
    }

    public LocalDate getToday() {
        return today;
    }

    public int getHorizonDays() {
        return WorkListService.HORIZON_DAYS;
    }

    public WorkListState getState() {
        return state;
    }
}
