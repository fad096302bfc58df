package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.OverdueReport;
import dk.pulje.application.dashboard.OverdueReportPage;
import dk.pulje.application.dashboard.OverdueReportService;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /dashboards/reports.xhtml} (issue 11, Q5): the overdue reports of the filtered portfolio and whose they
 * are, most overdue first, a page at a time from the database. Paging is a plain GET parameter ({@code page}, from 1)
 * beside the filters, so that every page can be bookmarked; the export holds every overdue report, not one page.
 */
@Named
@RequestScoped
public class OverdueReportsBacking {

    static final int PAGE_SIZE = 25;
    /** An export reads the list in pages of the service's largest size, up to this many rows. */
    static final int EXPORT_LIMIT = 20_000;

    @Inject
    private DashboardFilters filters;

    @Inject
    private OverdueReportService service;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    private String export;
    private int page = 1;
    private OverdueReportPage reports;

    public String getExport() {
        return export;
    }

    public void setExport(String export) {
        this.export = export;
    }

    public Integer getPage() {
        return page;
    }

    /** A page below 1 (an edited address) is the first. */
    public void setPage(Integer page) {
        this.page = page == null || page < 1 ? 1 : page;
    }

    public void load() {
        DashboardExports.sendIfAsked(export, this::table);
    }

    public OverdueReportPage getReports() {
        if (reports == null) {
            reports = service.overdue(filters.getFilter(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return reports;
    }

    public int getPages() {
        return (int) Math.max(1, (getReports().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getFirstRow() {
        return getReports().rows().isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    public int getLastRow() {
        return (page - 1) * PAGE_SIZE + getReports().rows().size();
    }

    /** The address of page {@code n} with the same filters. */
    public String pageLink(int n) {
        String query = filters.getQuery();
        return contextPath() + "/dashboards/reports.xhtml?" + (query.isEmpty() ? "" : query + "&") + "page=" + n;
    }

    public String exportLink(String format) {
        return DashboardExports.link(contextPath(), "reports", filters.getQuery(), ExportFormat.valueOf(format));
    }

    /** The projects behind the list: the project list with the same filters (E's drill-down contract). */
    public String getProjectsLink() {
        String query = filters.getQuery();
        return contextPath() + "/projects/list.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    ExportTable table() {
        List<List<Object>> rows = new ArrayList<>();
        int first = 0;
        OverdueReportPage window;
        do {
            window = service.overdue(filters.getFilter(), first, OverdueReportService.MAX_PAGE);
            for (OverdueReport r : window.rows()) {
                rows.add(java.util.Arrays.asList(r.projectTitle(), r.fundName(), r.roundName(), r.ownerName(),
                        r.contactName(), r.contactEmail(), fmt.label(r.type()), r.dueDate(), r.daysOverdue()));
            }
            first += OverdueReportService.MAX_PAGE;
        } while (first < window.total() && first < EXPORT_LIMIT && !window.rows().isEmpty());
        return new ExportTable("forsinkede-rapporter", messages.text("dashboard.reports.table.title"), List.of(
                ExportColumn.text(messages.text("dashboard.reports.column.project")),
                ExportColumn.text(messages.text("dashboard.reports.column.fund")),
                ExportColumn.text(messages.text("dashboard.reports.column.round")),
                ExportColumn.text(messages.text("dashboard.reports.column.owner")),
                ExportColumn.text(messages.text("dashboard.reports.column.contact")),
                ExportColumn.text(messages.text("dashboard.reports.column.email")),
                ExportColumn.text(messages.text("dashboard.reports.column.type")),
                ExportColumn.date(messages.text("dashboard.reports.column.due")),
                ExportColumn.integer(messages.text("dashboard.reports.column.days"))), rows);
    }
}
