package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.MoneyDashboardService;
import dk.pulje.application.dashboard.MoneyFigures;
import dk.pulje.application.dashboard.MonthFigures;
import dk.pulje.domain.model.money.Money;
import dk.pulje.web.i18n.LocaleBacking;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.time.YearMonth;
import java.util.List;

/**
 * Backs {@code /dashboards/money.xhtml} (issue 11, Q4): paid against granted, paid per month for the last twelve
 * months and planned per month for the next twelve, and granted money not yet planned, over the filtered portfolio.
 * A chart and the same figures as a table; the table exports from a GET link ({@link DashboardExports}).
 */
@Named
@RequestScoped
public class MoneyDashboardBacking {

    @Inject
    private DashboardFilters filters;

    @Inject
    private MoneyDashboardService service;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    @Inject
    private LocaleBacking locale;

    private String export;
    private MoneyFigures figures;

    public void setExport(String export) {
        this.export = export;
    }

    public String getExport() {
        return export;
    }

    /** The view action: sends the table when the address asks for it. */
    public void load() {
        DashboardExports.sendIfAsked(export, this::table);
    }

    public MoneyFigures getFigures() {
        if (figures == null) {
            figures = service.figures(filters.getFilter());
        }
        return figures;
    }

    public YearMonth getThisMonth() {
        return YearMonth.from(getFigures().today());
    }

    /** The projects behind the figures: the project list with the same filters (E's drill-down contract). */
    public String getProjectsLink() {
        String query = filters.getQuery();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/projects/list.xhtml"
                + (query.isEmpty() ? "" : "?" + query);
    }

    public String exportLink(String format) {
        return DashboardExports.link(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(),
                "money", filters.getQuery(), ExportFormat.valueOf(format));
    }

    /** Σ paid in the months shown, Σ planned ahead: the chart's gist for its text alternative. */
    public String getChartLabel() {
        Money paid = Money.zero(Money.DKK);
        Money planned = Money.zero(Money.DKK);
        for (MonthFigures month : getFigures().months()) {
            paid = paid.plus(month.paid());
            planned = planned.plus(month.planned());
        }
        return messages.text("dashboard.money.chart.label", fmt.amount(paid), fmt.amount(planned));
    }

    /**
     * The chart as Chart.js JSON: one bar per month, paid (past months) and planned (this month on) as two datasets
     * with their own colour and legend; the table below holds the same figures as text.
     */
    public String getChartJson() {
        List<MonthFigures> months = getFigures().months();
        YearMonth thisMonth = getThisMonth();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder paid = Json.createArrayBuilder();
        JsonArrayBuilder planned = Json.createArrayBuilder();
        for (MonthFigures month : months) {
            labels.add(fmt.month(month.month()));
            paid.add(month.paid().amount());
            planned.add(month.ahead(thisMonth) ? month.planned().amount() : java.math.BigDecimal.ZERO);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", messages.text("dashboard.money.paid"))
                                        .add("data", paid).add("backgroundColor", "#1d4ed8"))
                                .add(Json.createObjectBuilder().add("label", messages.text("dashboard.money.planned"))
                                        .add("data", planned).add("backgroundColor", "#f59e0b")
                                        .add("borderColor", "#92400e").add("borderWidth", 2))))
                .add("options", Json.createObjectBuilder()
                        // the axis in the reader's number format (200.000, not 200,000)
                        .add("locale", locale.getLocale().toLanguageTag())
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", messages.text("dashboard.money.axis.kroner"))))))
                .build().toString();
    }

    /** The months table as an export: month (its first day), paid, planned. */
    ExportTable table() {
        List<List<Object>> rows = getFigures().months().stream()
                .map(m -> List.<Object>of(m.month().atDay(1), m.paid().amount(), m.planned().amount())).toList();
        return new ExportTable("penge-over-tid", messages.text("dashboard.money.table.title"),
                List.of(ExportColumn.date(messages.text("dashboard.money.column.month")),
                        ExportColumn.money(messages.text("dashboard.money.paid")),
                        ExportColumn.money(messages.text("dashboard.money.planned"))),
                rows);
    }
}
