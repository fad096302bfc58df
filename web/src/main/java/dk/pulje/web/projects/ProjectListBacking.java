package dk.pulje.web.projects;

import dk.pulje.application.project.FundOption;
import dk.pulje.application.project.ProjectCatalogService;
import dk.pulje.application.project.ProjectDrillDown;
import dk.pulje.application.project.ProjectSummary;
import dk.pulje.web.support.export.Amounts;
import dk.pulje.web.support.export.LazyWindows;
import dk.pulje.web.support.export.ListDownloads;
import dk.pulje.web.support.export.ListExport;
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
import java.util.ArrayList;
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

    /** The list's download: the columns of the table, amounts as numbers. */
    static final ListExport<ProjectSummary> EXPORT = ListExport.<ProjectSummary>named("projekter", "Projekter")
            .integer("export.column.id", ProjectSummary::id)
            .text("projects.list.column.title", ProjectSummary::title)
            .text("projects.list.column.fund", ProjectSummary::fundName)
            .text("projects.list.column.round", ProjectSummary::roundName)
            .text("projects.list.column.owner", ProjectSummary::ownerName)
            .text("projects.list.column.town", ProjectSummary::town)
            .text("projects.list.column.status", ProjectSummary::status)
            .money("projects.list.column.totalSum", p -> Amounts.of(p.totalSum()))
            .money("projects.list.column.granted", p -> Amounts.of(p.granted()))
            .money("projects.list.column.paid", p -> Amounts.of(p.paid()));

    @Inject
    private ProjectCatalogService catalog;

    @Inject
    private ListDownloads downloads;

    private ProjectLazyDataModel projects;
    private List<FundOption> funds;
    /** Filled from the address by the view parameters, then kept in step with the table. */
    private final ListState state = new ListState();

    /** The names of the drill-down's ids, read once per view (the drill-down changes only with a new address). */
    private ProjectCatalogService.DrillDownNames names;

    @PostConstruct
    void init() {
        projects = new ProjectLazyDataModel(catalog, state);
        funds = catalog.funds();
    }

    /** View action: {@code ?…&export=CSV|XLSX} sends the whole list as its filters and sort select it. */
    public void export() {
        // By keyset: a 100.000-row download costs 200 statements that each start where the last ended (docs/performance.md).
        downloads.sendIfAsked(EXPORT, () -> EXPORT.seeking(
                projects.seek(LazyWindows.sort(state.getSortMeta()), state.filterBy())));
    }

    /**
     * The dashboards' filters the address applies, each a chip with a link that removes it ("Filtreret på: By: Randers ✕").
     * Fund and status have no chip: they show in the table's own filters, where they can be changed.
     */
    public List<DrillDownChip> getChips() {
        ProjectDrillDown drill = state.drillDown();
        if (drill.isEmpty()) {
            return List.of();
        }
        if (names == null) {
            names = catalog.names(drill);
        }
        List<DrillDownChip> applied = new ArrayList<>();
        add(applied, "round", "dashboard.filter.round", drill.round(), names.round());
        add(applied, "year", "dashboard.filter.year", drill.year(), String.valueOf(drill.year()));
        add(applied, "theme", "dashboard.filter.theme", drill.theme(), names.theme());
        add(applied, "town", "dashboard.filter.town", drill.town(), drill.town());
        if (drill.type() != null) {
            applied.add(new DrillDownChip("type", "dashboard.filter.type", null, drill.type(), removeHref("type")));
        }
        add(applied, "subPool", "dashboard.filter.subPool", drill.subPool(), names.subPool());
        add(applied, "organisation", "projects.list.drillDown.organisation", drill.organisation(), names.organisation());
        return applied;
    }

    private void add(List<DrillDownChip> applied, String parameter, String labelKey, Object value, String name) {
        if (value != null) {
            // An id without a name (unknown, or outside the caller's funds) shows as its number: the list is then empty.
            applied.add(new DrillDownChip(parameter, labelKey, name != null ? name : "#" + value, null, removeHref(parameter)));
        }
    }

    private String removeHref(String parameter) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/projects/list.xhtml"
                + state.queryWithout(parameter);
    }

    /**
     * One applied drill-down filter: the reader sees {@code label: value} (or the enum's label) and a remove link.
     *
     * @param parameter the address parameter, also the chip's id suffix
     */
    public record DrillDownChip(String parameter, String labelKey, String value, Enum<?> enumValue, String removeHref)
            implements Serializable {
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
