package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.CompareKind;
import dk.pulje.application.dashboard.CompareService;
import dk.pulje.application.dashboard.ComparedDifference;
import dk.pulje.application.dashboard.ComparedFigures;
import dk.pulje.application.dashboard.Comparison;
import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backs {@code /dashboards/compare.xhtml} (issue 11, Q6): two or more rounds ({@code ?round=1&round=2}) or funds
 * ({@code ?fund=…&fund=…}) side by side, each with its difference to the first. The choice stands in the address as
 * repeated parameters, so a comparison can be bookmarked; the export form carries it back as hidden fields.
 */
@Named
@RequestScoped
public class CompareBacking {

    @Inject
    private CompareService service;

    @Inject
    private DashboardFilters filters;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    private boolean loaded;
    private CompareKind kind;
    private List<Long> chosen = List.of();
    private Comparison comparison;
    /** Why nothing is compared: a bundle key, or null. */
    private String problem;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        List<Long> rounds = ids(parameters.get("round"));
        List<Long> funds = ids(parameters.get("fund"));
        kind = rounds.isEmpty() && !funds.isEmpty() ? CompareKind.FUND : CompareKind.ROUND;
        chosen = kind == CompareKind.FUND ? funds : rounds;
        if (chosen.isEmpty()) {
            return; // nothing chosen yet: the page offers the choice
        }
        if (chosen.size() < CompareService.MIN_COLUMNS) {
            problem = "dashboard.compare.tooFew";
        } else if (chosen.size() > CompareService.MAX_COLUMNS) {
            problem = "dashboard.compare.tooMany";
        } else {
            comparison = service.compare(kind, chosen, DashboardFilter.NONE).orElse(null);
            if (comparison == null) {
                problem = "dashboard.compare.notFound";
            }
        }
    }

    /** The numeric values of a repeated parameter, distinct, in the order given; anything else is left out. */
    private static List<Long> ids(String[] values) {
        Set<Long> ids = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                try {
                    ids.add(Long.valueOf(value.strip()));
                } catch (NumberFormatException e) {
                    // an edited address: the value is not an id, and the page says what it compares
                }
            }
        }
        return List.copyOf(ids);
    }

    public Comparison getComparison() {
        load();
        return comparison;
    }

    public String getProblem() {
        load();
        return problem;
    }

    public boolean isFunds() {
        load();
        return kind == CompareKind.FUND;
    }

    public boolean chosen(long id, String what) {
        load();
        return ("fund".equals(what) == (kind == CompareKind.FUND)) && chosen.contains(id);
    }

    /** This comparison's address plus {@code export=CSV|XLSX}. */
    public String exportLink(String format) {
        load();
        String name = kind == CompareKind.FUND ? "fund" : "round";
        StringBuilder link = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/dashboards/compare.xhtml?");
        chosen.forEach(id -> link.append(name).append('=').append(id).append('&'));
        return link.append("export=").append(ExportFormat.valueOf(format).name()).toString();
    }

    /** The view action: sends the table as a file when the address asks for it ({@code export=CSV|XLSX}). */
    public void exportIfAsked() {
        ExportFormat format = DashboardExports.asked();
        if (format != null) {
            export(format.name());
        }
    }

    /** The project list behind a column: its round's or fund's projects. */
    public String drillDown(ComparedFigures column) {
        load();
        DashboardFilter filter = kind == CompareKind.FUND ? DashboardFilter.ofFund(column.id())
                : DashboardFilter.ofRound(column.id());
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/projects/list.xhtml?" + DashboardFilters.query(filter);
    }

    /** Grouped bars: Σ granted, Σ paid and Σ total per column. */
    public String getChart() {
        Comparison c = getComparison();
        List<String> labels = c.columns().stream().map(col -> col.figures().label()).toList();
        return DashboardCharts.bars(labels, List.of(
                new DashboardCharts.Series(messages.text("dashboard.compare.granted"),
                        c.columns().stream().map(col -> known(col.figures().granted())).toList()),
                new DashboardCharts.Series(messages.text("dashboard.compare.paid"),
                        c.columns().stream().map(col -> col.figures().paid().amount()).toList()),
                new DashboardCharts.Series(messages.text("dashboard.compare.total"),
                        c.columns().stream().map(col -> known(col.figures().total())).toList())), false, false,
                DashboardExports.languageTag(), false);
    }

    /** The chart's gist for a screen reader: each column's Σ granted and Σ total. */
    public String getChartLabel() {
        Comparison c = getComparison();
        List<String> parts = new ArrayList<>();
        for (Comparison.Column col : c.columns()) {
            parts.add(messages.text("dashboard.compare.chart.item", col.figures().label(),
                    fmt.total(col.figures().granted()), fmt.total(col.figures().total())));
        }
        return messages.text("dashboard.compare.chart.label") + " " + String.join("; ", parts);
    }

    private static BigDecimal known(MoneyTotal total) {
        return total.isUnknown() ? null : total.sum().amount();
    }

    public void export(String format) {
        Comparison c = getComparison();
        if (c == null) {
            return;
        }
        List<ExportColumn> columns = List.of(
                ExportColumn.text(messages.text(isFunds() ? "dashboard.compare.fund" : "dashboard.compare.round")),
                ExportColumn.integer(messages.text("dashboard.compare.projects")),
                ExportColumn.money(messages.text("dashboard.compare.envelope")),
                ExportColumn.money(messages.text("dashboard.compare.applied")),
                ExportColumn.money(messages.text("dashboard.compare.granted")),
                ExportColumn.money(messages.text("dashboard.compare.paid")),
                ExportColumn.money(messages.text("dashboard.compare.total")),
                ExportColumn.share(messages.text("dashboard.compare.supportShare")),
                ExportColumn.share(messages.text("dashboard.compare.cofinancingRatio")),
                ExportColumn.money(messages.text("dashboard.compare.export.grantedDifference")),
                ExportColumn.money(messages.text("dashboard.compare.export.totalDifference")),
                ExportColumn.points(messages.text("dashboard.compare.export.supportSharePoints")));
        List<List<Object>> rows = new ArrayList<>();
        for (Comparison.Column col : c.columns()) {
            ComparedFigures f = col.figures();
            ComparedDifference d = col.difference();
            List<Object> row = new ArrayList<>();
            row.add(f.label());
            row.add(f.projects());
            row.add(amount(f.envelope()));
            row.add(known(f.applied()));
            row.add(known(f.granted()));
            row.add(f.paid().amount());
            row.add(known(f.total()));
            row.add(f.supportShare());
            row.add(f.cofinancingRatio());
            row.add(d == null ? null : amount(d.granted()));
            row.add(d == null ? null : amount(d.total()));
            row.add(d == null ? null : d.supportSharePoints());
            rows.add(row);
        }
        TableDownload.send(new ExportTable(isFunds() ? "sammenligning-puljer" : "sammenligning-runder",
                messages.text("dashboard.compare.title"), columns, rows), ExportFormat.valueOf(format));
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
