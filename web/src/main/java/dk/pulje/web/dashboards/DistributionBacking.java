package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.Distribution;
import dk.pulje.application.dashboard.DistributionDimension;
import dk.pulje.application.dashboard.DistributionGroup;
import dk.pulje.application.dashboard.DistributionService;
import dk.pulje.application.dashboard.ScatterPoint;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.web.i18n.LocaleBacking;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Backs {@code /dashboards/distribution.xhtml?by=town|theme|institution|type|status} (issue 11, question 1): the
 * filtered portfolio's projects, Σ granted, Σ total and support share per group, as a bar chart and a table that
 * drills down to the project list, and the scatter of total against grant per project. Everything is read once per
 * request (three statements, see DistributionService).
 */
@Named
@RequestScoped
public class DistributionBacking {

    /** Groups drawn in the bar chart at most (the largest Σ granted); the table lists them all. */
    static final int CHART_GROUPS = 15;

    @Inject
    private DistributionService service;

    @Inject
    private DashboardFilters filters;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking locale;

    private Distribution distribution;

    /** The dimension in the address; town when none or an unknown one is given (the page then says so). */
    public DistributionDimension getBy() {
        return DistributionDimension.of(parameter()).orElse(DistributionDimension.TOWN);
    }

    public boolean isByIgnored() {
        String given = parameter();
        return given != null && !given.isBlank() && DistributionDimension.of(given).isEmpty();
    }

    private String parameter() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("by");
    }

    public List<DistributionDimension> getDimensions() {
        return Arrays.asList(DistributionDimension.values());
    }

    public Distribution getDistribution() {
        if (distribution == null) {
            distribution = service.distribution(filters.getFilter(), getBy());
        }
        return distribution;
    }

    /** This page by another dimension, with the same filters. */
    public String link(DistributionDimension by) {
        String query = filters.getQuery();
        return "by=" + by.parameter() + (query.isEmpty() ? "" : "&" + query);
    }

    /** The group as the reader reads it: a type or status by its label, a missing value as "Ikke oplyst". */
    public String label(DistributionGroup group) {
        if (group.isNotStated()) {
            return messages.text("dashboard.distribution.notStated");
        }
        return switch (getBy()) {
            case TYPE -> fmt.label(OrganisationType.valueOf(group.key()));
            case STATUS -> fmt.label(ProjectStatus.valueOf(group.key()));
            default -> group.key();
        };
    }

    /**
     * The project list's query for the group's projects: this page's filters narrowed to the group. The "not stated"
     * group narrows nothing further (the list has no "without a town" filter), so its link shows the whole filter.
     */
    public String drill(DistributionGroup group) {
        DashboardFilter f = filters.getFilter();
        if (group.isNotStated()) {
            return DashboardFilters.query(f);
        }
        return switch (getBy()) {
            case TOWN -> DashboardFilters.query(new DashboardFilter(f.fund(), f.round(), f.year(), f.theme(), group.key(),
                    f.institutionType(), f.status(), f.subPool()));
            case THEME -> DashboardFilters.query(new DashboardFilter(f.fund(), f.round(), f.year(), group.id(), f.town(),
                    f.institutionType(), f.status(), f.subPool()));
            case TYPE -> DashboardFilters.query(new DashboardFilter(f.fund(), f.round(), f.year(), f.theme(), f.town(),
                    OrganisationType.valueOf(group.key()), f.status(), f.subPool()));
            case STATUS -> DashboardFilters.query(new DashboardFilter(f.fund(), f.round(), f.year(), f.theme(), f.town(),
                    f.institutionType(), ProjectStatus.valueOf(group.key()), f.subPool()));
            case INSTITUTION -> {
                String query = DashboardFilters.query(f);
                yield (query.isEmpty() ? "" : query + "&") + "organisation=" + group.id();
            }
        };
    }

    /** This view's address with a download asked for: {@code table} is groups or scatter, {@code format} CSV or XLSX. */
    public String exportQuery(String table, String format) {
        return link(getBy()) + "&export=" + table + "&format=" + format;
    }

    /** The view action: sends the file when the address asks for one (see {@link #exportQuery}); otherwise nothing. */
    public void sendExport() {
        DashboardExports.sendAskedTable(java.util.Map.of("groups", format -> export(format.name()),
                "scatter", format -> exportScatter(format.name())));
    }

    /** The page's own filter, for the "all projects" link. */
    public String getQuery() {
        return filters.getQuery();
    }

    public String getBarChart() {
        List<DistributionGroup> drawn = drawnGroups();
        return DistributionCharts.bars(locale.getLocale(), drawn.stream().map(this::label).toList(),
                messages.text("dashboard.distribution.granted"), drawn.stream().map(DistributionGroup::granted).toList(),
                messages.text("dashboard.distribution.total"), drawn.stream().map(DistributionGroup::total).toList(),
                messages.text("dashboard.distribution.millions"));
    }

    private List<DistributionGroup> drawnGroups() {
        return getDistribution().groups().stream().limit(CHART_GROUPS).toList();
    }

    public boolean isChartCut() {
        return getDistribution().groups().size() > CHART_GROUPS;
    }

    /** The chart's gist for screen readers: what it shows and its largest group. */
    public String getBarChartLabel() {
        List<DistributionGroup> groups = getDistribution().groups();
        String by = messages.text("dashboard.distribution.by." + getBy().parameter());
        if (groups.isEmpty()) {
            return messages.text("dashboard.distribution.chart.empty", by);
        }
        DistributionGroup largest = groups.get(0);
        return messages.text("dashboard.distribution.chart.label", by, groups.size(), label(largest),
                fmt.amount(largest.granted()), fmt.percent(largest.supportShare()));
    }

    public String getScatterChart() {
        Distribution d = getDistribution();
        return DistributionCharts.scatter(locale.getLocale(), messages.text("dashboard.distribution.scatter.points"),
                d.scatter().stream().map(ScatterPoint::total).toList(),
                d.scatter().stream().map(ScatterPoint::granted).toList(),
                messages.text("dashboard.distribution.scatter.line", fmt.percent(d.overall().supportShare())),
                d.overall().supportShare(), messages.text("dashboard.distribution.scatter.x"),
                messages.text("dashboard.distribution.scatter.y"));
    }

    /** The scatter's gist: how many projects, the line, and the highest and lowest support share. */
    public String getScatterChartLabel() {
        Distribution d = getDistribution();
        if (d.scatter().isEmpty()) {
            return messages.text("dashboard.distribution.scatter.empty");
        }
        ScatterPoint highest = d.scatter().stream().max(java.util.Comparator.comparing(ScatterPoint::supportShare,
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).orElseThrow();
        ScatterPoint lowest = d.scatter().stream().min(java.util.Comparator.comparing(ScatterPoint::supportShare,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).orElseThrow();
        return messages.text("dashboard.distribution.scatter.label", d.scatter().size(),
                fmt.percent(d.overall().supportShare()), highest.title(), fmt.percentPrecise(highest.supportShare()),
                lowest.title(), fmt.percentPrecise(lowest.supportShare()));
    }

    public void export(String format) {
        String by = messages.text("dashboard.distribution.by." + getBy().parameter());
        List<ExportColumn> columns = List.of(ExportColumn.text(by),
                ExportColumn.integer(messages.text("dashboard.distribution.projects")),
                ExportColumn.money(messages.text("dashboard.distribution.granted")),
                ExportColumn.money(messages.text("dashboard.distribution.total")),
                ExportColumn.share(messages.text("dashboard.distribution.supportShare")));
        List<List<Object>> rows = new ArrayList<>();
        for (DistributionGroup g : getDistribution().groups()) {
            rows.add(row(label(g), g));
        }
        rows.add(row(messages.text("dashboard.distribution.overall"), getDistribution().overall()));
        TableDownload.send(new ExportTable("fordeling-" + getBy().parameter(),
                messages.text("dashboard.distribution.title") + " – " + by, columns, rows), ExportFormat.valueOf(format));
    }

    public void exportScatter(String format) {
        List<ExportColumn> columns = List.of(ExportColumn.text(messages.text("dashboard.distribution.project")),
                ExportColumn.text(messages.text("dashboard.filter.town")),
                ExportColumn.money(messages.text("dashboard.distribution.total")),
                ExportColumn.money(messages.text("dashboard.distribution.granted")),
                ExportColumn.share(messages.text("dashboard.distribution.supportShare")));
        List<List<Object>> rows = new ArrayList<>();
        for (ScatterPoint p : getDistribution().scatter()) {
            rows.add(java.util.Arrays.asList(p.title(), p.town(), p.total().amount(), p.granted().amount(), p.supportShare()));
        }
        TableDownload.send(new ExportTable("projektsum-mod-bevilling", messages.text("dashboard.distribution.scatter.title"),
                columns, rows), ExportFormat.valueOf(format));
    }

    private static List<Object> row(String label, DistributionGroup g) {
        return java.util.Arrays.asList(label, g.projects(), g.granted().amount(), g.total().amount(), g.supportShare());
    }
}
