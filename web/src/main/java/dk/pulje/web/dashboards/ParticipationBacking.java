package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.OrganisationParticipation;
import dk.pulje.application.dashboard.ParticipationPage;
import dk.pulje.application.dashboard.ParticipationService;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import dk.pulje.web.support.export.TableDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /dashboards/organisations.xhtml} (issue 11, Q7): organisations by the number of projects they take part
 * in, as owner or partner, with Σ granted and Σ total, under the dashboards' filters; {@code ?first=} pages on
 * ({@value #PAGE} at a time, read in SQL). Each row drills down to the project list with {@code organisation=<id>}.
 */
@Named
@RequestScoped
public class ParticipationBacking {

    static final int PAGE = 25;
    /** The chart shows the most active ones only; the table has them all. */
    static final int CHARTED = 10;

    @Inject
    private ParticipationService service;

    @Inject
    private DashboardFilters filters;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    private ParticipationPage page;

    public ParticipationPage getPage() {
        if (page == null) {
            page = service.participation(filters.getFilter(), PAGE, first());
        }
        return page;
    }

    private int first() {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("first");
        try {
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value.strip()), 1_000_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The project list of an organisation (as owner or partner) under this view's filters. */
    public String drillDown(OrganisationParticipation row) {
        String query = DashboardFilters.query(filters.getFilter());
        return contextPath() + "/projects/list.xhtml?organisation=" + row.organisationId() + (query.isEmpty() ? "" : "&" + query);
    }

    /** This view one page on or back (null when there is none). */
    public String getNext() {
        return getPage().hasMore() ? pageLink(getPage().offset() + PAGE) : null;
    }

    public String getPrevious() {
        return getPage().offset() > 0 ? pageLink(Math.max(0, getPage().offset() - PAGE)) : null;
    }

    private String pageLink(int first) {
        String query = DashboardFilters.query(filters.getFilter());
        return contextPath() + "/dashboards/organisations.xhtml?" + (query.isEmpty() ? "" : query + "&") + "first=" + first;
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** Stacked horizontal bars of the page's most active organisations: projects as owner and as partner only. */
    public String getChart() {
        List<OrganisationParticipation> top = getPage().rows().stream().limit(CHARTED).toList();
        return DashboardCharts.bars(top.stream().map(OrganisationParticipation::name).toList(), List.of(
                new DashboardCharts.Series(messages.text("dashboard.organisations.asOwner"),
                        top.stream().map(o -> BigDecimal.valueOf(o.asOwner())).toList()),
                new DashboardCharts.Series(messages.text("dashboard.organisations.partnerOnly"),
                        top.stream().map(o -> BigDecimal.valueOf(o.projects() - o.asOwner())).toList())), true, true,
                DashboardExports.languageTag(), true);
    }

    public String getChartLabel() {
        List<String> parts = getPage().rows().stream().limit(CHARTED)
                .map(o -> messages.text("dashboard.organisations.chart.item", o.name(), o.projects(), o.asOwner()))
                .toList();
        return messages.text("dashboard.organisations.chart.label") + " " + String.join("; ", parts);
    }

    /** This view's address (filters and page) plus {@code export=CSV|XLSX}. */
    public String exportLink(String format) {
        return pageLink(getPage().offset()) + "&export=" + ExportFormat.valueOf(format).name();
    }

    /** The view action: sends this page's table as a file when the address asks for it. */
    public void exportIfAsked() {
        ExportFormat format = DashboardExports.asked();
        if (format != null) {
            export(format.name());
        }
    }

    public void export(String format) {
        List<ExportColumn> columns = List.of(
                ExportColumn.text(messages.text("dashboard.organisations.organisation")),
                ExportColumn.text(messages.text("dashboard.organisations.type")),
                ExportColumn.text(messages.text("dashboard.organisations.town")),
                ExportColumn.integer(messages.text("dashboard.organisations.projects")),
                ExportColumn.integer(messages.text("dashboard.organisations.asOwner")),
                ExportColumn.integer(messages.text("dashboard.organisations.asPartner")),
                ExportColumn.money(messages.text("dashboard.organisations.granted")),
                ExportColumn.money(messages.text("dashboard.organisations.total")));
        List<List<Object>> rows = new ArrayList<>();
        for (OrganisationParticipation o : getPage().rows()) {
            List<Object> row = new ArrayList<>();
            row.add(o.name());
            row.add(fmt.label(o.type()));
            row.add(o.town());
            row.add(o.projects());
            row.add(o.asOwner());
            row.add(o.asPartner());
            row.add(o.granted().isUnknown() ? null : o.granted().sum().amount());
            row.add(o.total().isUnknown() ? null : o.total().sum().amount());
            rows.add(row);
        }
        TableDownload.send(new ExportTable("organisationer", messages.text("dashboard.organisations.title"), columns, rows),
                ExportFormat.valueOf(format));
    }

    /** For tests and the page: is a filter applied? */
    public boolean isFiltered() {
        return !filters.getFilter().equals(DashboardFilter.NONE);
    }
}
