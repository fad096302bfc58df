package dk.pulje.web.projects;

import dk.pulje.application.project.FundOption;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.domain.model.project.ProjectStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.data.FilterEvent;
import org.primefaces.event.data.PageEvent;
import org.primefaces.event.data.SortEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /projects/list.xhtml}: the paged, sortable, filterable project list. The table's state (filters, sort,
 * page) lives in the address ({@link ListState}), so that a filtered list survives a reload and can be bookmarked or sent.
 */
@Named
@ViewScoped
public class ProjectListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectCatalogService catalog;

    private ProjectLazyDataModel projects;
    private List<FundOption> funds;
    /** Filled from the address by the view parameters, then kept in step with the table. */
    private final ListState state = new ListState();

    @PostConstruct
    void init() {
        projects = new ProjectLazyDataModel(catalog);
        funds = catalog.funds();
    }

    /** After a filter, sort or page change: remember the table's state and give the browser its new address. */
    public void tableChanged(jakarta.faces.event.AjaxBehaviorEvent event) {
        DataTable table = (DataTable) event.getComponent();
        Map<String, FilterMeta> filters = table.getFilterByAsMap();
        state.setTitle(filterValue(filters, "title"));
        state.setTown(filterValue(filters, "town"));
        String fund = filterValue(filters, "fundName");
        state.setFund(fund == null ? null : ListState.parseLong(fund));
        state.setStatus(filterValue(filters, "status"));
        SortMeta sort = table.getSortByAsMap().values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        state.setSort(sort == null ? null : sort.getField());
        state.setOrder(sort == null ? null : sort.getOrder() == SortOrder.DESCENDING ? "desc" : "asc");
        state.setRows(table.getRows());
        state.setPage(event instanceof PageEvent page ? page.getPage() + 1
                : event instanceof FilterEvent || event instanceof SortEvent ? 1 : table.getFirst() / Math.max(1, table.getRows()) + 1);
        String path = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/projects/list.xhtml";
        PrimeFaces.current().ajax().addCallbackParam("address", path + state.query());
    }

    private static String filterValue(Map<String, FilterMeta> filters, String field) {
        return filters.values().stream().filter(meta -> field.equals(meta.getField())).findFirst()
                .map(FilterMeta::getFilterValue).map(Object::toString).map(String::strip)
                .filter(value -> !value.isEmpty()).orElse(null);
    }

    public ProjectLazyDataModel getProjects() {
        return projects;
    }

    public List<FundOption> getFunds() {
        return funds;
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public ListState getState() {
        return state;
    }

    /** Pre-selects the fund filter when the page is opened from a start-page card ({@code ?fund=ID}). */
    public Long getFund() {
        return state.getFund();
    }

    public void setFund(Long fund) {
        state.setFund(fund);
    }
}
