package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.RoundDashboard;
import dk.pulje.application.dashboard.RoundDashboardService;
import dk.pulje.application.dashboard.SubPoolTarget;
import dk.pulje.domain.model.money.Money;
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
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Backs {@code /dashboards/round.xhtml?round=N} (issue 11, question 2): the round's money and each sub-pool's share of
 * what was granted against its target, as figures, a bar chart and the same as a table, every figure a link to the
 * projects behind it. Without a round the page offers the caller's rounds; a round outside the caller's portfolio is
 * not found (404), exactly like one that does not exist.
 */
@Named
@RequestScoped
public class RoundDashboardBacking {

    @Inject
    private DashboardFilters filters;

    @Inject
    private RoundDashboardService service;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    private RoundDashboard round;
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        Long roundId = filters.getFilter().round();
        if (roundId == null) {
            return; // the page offers the rounds to choose from
        }
        round = service.summary(roundId, filters.getFilter()).orElse(null);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (round == null) {
            faces.getExternalContext().responseSendError(404, "Round not found");
            faces.responseComplete();
            return;
        }
        ExportFormat export = exportFormat(faces.getExternalContext().getRequestParameterMap().get("export"));
        if (export != null) {
            TableDownload.send(table(), export);
        }
    }

    /**
     * The download is a plain GET of this view with {@code export=CSV|XLSX} beside the filter: no postback, so that the
     * filter bar's inputs (named like the filter's parameters) are never decoded into the read-only filter, and the
     * link itself says what it downloads. Anything else is no export.
     */
    private static ExportFormat exportFormat(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ExportFormat.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The round's figures; null when no round was chosen. */
    public RoundDashboard getRound() {
        return round;
    }

    /** The address of the sub-pool table's download in {@code format}: this view, its filter, and {@code export}. */
    public String exportQuery(String format) {
        return DashboardFilters.query(round.filter()) + "&export=" + ExportFormat.valueOf(format).name();
    }

    /** The project list behind the round's figures: the round's projects, narrowed as the dashboard is. */
    public String getProjectsQuery() {
        return DashboardFilters.query(round.filter());
    }

    /** The project list behind a sub-pool's row: the projects granted from it. */
    public String subPoolQuery(SubPoolTarget pool) {
        DashboardFilter f = round.filter();
        return DashboardFilters.query(new DashboardFilter(f.fund(), f.round(), f.year(), f.theme(), f.town(),
                f.institutionType(), f.status(), pool.id()));
    }

    /** Chart.js configuration of the bar chart: per sub-pool, target share and actual share in per cent. */
    public String getChartJson() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        JsonArrayBuilder actuals = Json.createArrayBuilder();
        for (SubPoolTarget pool : round.subPools()) {
            labels.add(pool.name());
            addPercent(targets, pool.targetShare());
            addPercent(actuals, pool.actualShare());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                // Two hues far apart in lightness, and a border on the actual bars: the legend and the
                                // table beside the chart say the same in words.
                                .add(Json.createObjectBuilder().add("label", messages.text("dashboard.round.chart.target"))
                                        .add("data", targets).add("backgroundColor", "#9ca3af"))
                                .add(Json.createObjectBuilder().add("label", messages.text("dashboard.round.chart.actual"))
                                        .add("data", actuals).add("backgroundColor", "#1d4ed8")
                                        .add("borderColor", "#111827").add("borderWidth", 2))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("max", 100)
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", messages.text("dashboard.round.chart.axis"))))))
                .build().toString();
    }

    private static void addPercent(JsonArrayBuilder array, BigDecimal share) {
        if (share == null) {
            array.addNull();
        } else {
            array.add(share.movePointRight(2));
        }
    }

    /** The chart's gist for a screen reader: each sub-pool's target and actual share. */
    public String getChartLabel() {
        String pools = round.subPools().stream()
                .map(p -> messages.text("dashboard.round.chart.pool", p.name(), fmt.percent(p.targetShare()),
                        fmt.percentPrecise(p.actualShare())))
                .collect(Collectors.joining("; "));
        return messages.text("dashboard.round.chart.label", pools);
    }

    /** The sub-pool table as the page shows it, with values (not text) in its cells. */
    ExportTable table() {
        List<ExportColumn> columns = Arrays.asList(
                ExportColumn.text(messages.text("dashboard.round.table.subPool")),
                ExportColumn.share(messages.text("dashboard.round.table.targetShare")),
                ExportColumn.money(messages.text("dashboard.round.table.targetAmount")),
                ExportColumn.integer(messages.text("dashboard.round.table.projects")),
                ExportColumn.money(messages.text("dashboard.round.table.granted")),
                ExportColumn.share(messages.text("dashboard.round.table.actualShare")),
                ExportColumn.points(messages.text("dashboard.round.table.differencePoints")),
                ExportColumn.money(messages.text("dashboard.round.table.differenceAmount")),
                ExportColumn.text(messages.text("dashboard.round.table.reached")));
        List<List<Object>> rows = new ArrayList<>();
        for (SubPoolTarget pool : round.subPools()) {
            rows.add(Arrays.asList(pool.name(), pool.targetShare(), amount(pool.targetAmount()), pool.projects(),
                    amount(pool.granted()), pool.actualShare(), pool.differencePoints(), amount(pool.differenceAmount()),
                    reachedText(pool)));
        }
        return new ExportTable("runde-delpuljer", messages.text("dashboard.round.export.sheet"), columns, rows);
    }

    /** "Ja", "Nej" or "Kan ikke afgøres", in words (the page adds an icon beside them). */
    public String reachedText(SubPoolTarget pool) {
        Boolean reached = pool.reached();
        return messages.text(reached == null ? "dashboard.round.reached.unknown"
                : reached ? "dashboard.round.reached.yes" : "dashboard.round.reached.no");
    }

    /** "✓ " or "✗ " beside the words (hidden from screen readers, which read the words). */
    public String reachedIcon(SubPoolTarget pool) {
        Boolean reached = pool.reached();
        return reached == null ? "" : reached ? "✓ " : "✗ ";
    }

    public String reachedClass(SubPoolTarget pool) {
        return Boolean.FALSE.equals(pool.reached()) ? "below-target" : "";
    }

    /** True when some of the round's grants come from no sub-pool: the page says how much. */
    public boolean isGrantedWithoutSubPool() {
        return round.grantedWithoutSubPool() != null && round.grantedWithoutSubPool().amount().signum() > 0;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }
}
