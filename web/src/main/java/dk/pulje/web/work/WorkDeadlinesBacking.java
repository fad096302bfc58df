package dk.pulje.web.work;

import dk.pulje.application.portal.Deadline;
import dk.pulje.application.portal.DeadlineBoardService;
import dk.pulje.application.portal.DeadlineKind;
import dk.pulje.application.portal.DeadlineSearch;
import dk.pulje.application.portal.DeadlineSort;
import dk.pulje.application.project.FundOption;
import dk.pulje.application.worklist.WorkListService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /work/deadlines.xhtml}, the administrators' "due and overdue" board: reports, milestones and tranches
 * due within N days or overdue, over the funds the caller administers. The filters sit above the table (days ahead,
 * kind, fund, overdue only); sorting and paging are the table's, answered by the database.
 */
@Named
@ViewScoped
public class WorkDeadlinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sort fields and the service's closed set of columns. */
    private static final Map<String, DeadlineSort> COLUMNS = Map.of("dueDate", DeadlineSort.DUE_DATE, "kind", DeadlineSort.KIND,
            "projectTitle", DeadlineSort.PROJECT, "ownerName", DeadlineSort.OWNER, "fundName", DeadlineSort.FUND);

    @Inject
    private DeadlineBoardService board;

    @Inject
    private WorkListService workLists;

    @Inject
    private dk.pulje.web.support.export.ListDownloads downloads;

    /** The board's download: every deadline the filters select (the table's own search), page by page. */
    static final dk.pulje.web.support.export.ListExport<Deadline> EXPORT = dk.pulje.web.support.export.ListExport
            .<Deadline>named("frister", "Frister")
            .date("deadline.column.date", Deadline::dueDate)
            .text("deadline.column.kind", Deadline::kind)
            .text("deadline.column.what", Deadline::detail)
            .text("work.column.project", Deadline::projectTitle)
            .text("work.column.owner", Deadline::ownerName)
            .text("work.column.fund", Deadline::fundName)
            .money("export.column.amount", d -> dk.pulje.web.support.export.Amounts.of(d.amount()));

    private int days = DeadlineSearch.DEFAULT_DAYS;
    private DeadlineKind kind;
    private Long fund;
    private boolean overdueOnly;
    private List<FundOption> funds;
    private LocalDate today;
    private Rows rows;

    @PostConstruct
    void init() {
        funds = workLists.funds();
        today = board.today();
        rows = new Rows(board, this);
    }

    /** The search the filters describe, on the first page in the default order (the table adds its own). */
    DeadlineSearch search() {
        int bounded = Math.max(0, Math.min(days, DeadlineSearch.MAX_DAYS));
        return DeadlineSearch.firstPage(1).filtered(bounded, kind, fund, overdueOnly);
    }

    /** New filters: back to the first page (the table keeps its page otherwise). */
    public void show() {
        var table = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().findComponent("deadlinesForm:deadlines");
        if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** View action: {@code ?days=…&kind=…&fund=…&overdue=true&export=CSV|XLSX} sends the board as filtered. */
    public void export() {
        downloads.sendIfAsked(EXPORT, () -> EXPORT.paged(dk.pulje.web.support.export.LazyWindows.of(rows, Map.of(), Map.of())));
    }

    /** The filters for the download links (the board's filters are a form; its links carry what it shows). */
    public String getExportQuery() {
        StringBuilder query = new StringBuilder("days=").append(days);
        if (kind != null) {
            query.append("&kind=").append(kind.name());
        }
        if (fund != null) {
            query.append("&fund=").append(fund);
        }
        if (overdueOnly) {
            query.append("&overdue=true");
        }
        return query.toString();
    }

    public LazyDataModel<Deadline> getRows() {
        return rows;
    }

    public DeadlineKind[] getKinds() {
        return DeadlineKind.values();
    }

    public List<FundOption> getFunds() {
        return funds;
    }

    public LocalDate getToday() {
        return today;
    }

    public int getMaxDays() {
        return DeadlineSearch.MAX_DAYS;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public DeadlineKind getKind() {
        return kind;
    }

    public void setKind(DeadlineKind kind) {
        this.kind = kind;
    }

    public Long getFund() {
        return fund;
    }

    public void setFund(Long fund) {
        this.fund = fund;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    private static final class Rows extends LazyDataModel<Deadline> {

        private static final long serialVersionUID = 1L;

        private final DeadlineBoardService board;
        private final WorkDeadlinesBacking filters;

        Rows(DeadlineBoardService board, WorkDeadlinesBacking filters) {
            this.board = board;
            this.filters = filters;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(board.count(filters.search()));
        }

        @Override
        public List<Deadline> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            DeadlineSearch search = filters.search();
            SortMeta sort = sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                    .findFirst().orElse(null);
            if (sort != null && COLUMNS.containsKey(sort.getField())) {
                search = search.sortedBy(COLUMNS.get(sort.getField()), sort.getOrder() != SortOrder.DESCENDING);
            }
            return board.deadlines(search.page(first, pageSize));
        }

        @Override
        public String getRowKey(Deadline row) {
            return row.kind() + "-" + row.itemId();
        }
    }
}
