package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.Cofinancing;
import dk.pulje.application.dashboard.CofinancingRow;
import dk.pulje.application.dashboard.CofinancingService;
import dk.pulje.application.dashboard.SupportShareRow;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.export.ExportColumn;
import dk.pulje.web.support.export.ExportFormat;
import dk.pulje.web.support.export.ExportTable;
import dk.pulje.web.support.export.TableDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backs {@code /dashboards/cofinancing.xhtml} (issue 11, question 3): the lowest and highest support shares of the
 * filtered portfolio, and every project against its effective co-financing rule (its sub-pool's, else its fund's)
 * with the margin in kroner and points, the outcome in words and icon, the rules with their tolerance and source.
 */
@Named
@RequestScoped
public class CofinancingBacking {

    @Inject
    private CofinancingService service;

    @Inject
    private DashboardFilters filters;

    @Inject
    private Formats fmt;

    @Inject
    private Messages messages;

    private Cofinancing cofinancing;

    public Cofinancing getCofinancing() {
        if (cofinancing == null) {
            cofinancing = service.cofinancing(filters.getFilter());
        }
        return cofinancing;
    }

    /** The outcomes that occur, in the order of their weight, with their counts. */
    public List<Map.Entry<OwnFinancingCheck, Long>> getOutcomes() {
        Map<OwnFinancingCheck, Long> ordered = new LinkedHashMap<>();
        for (OwnFinancingCheck check : List.of(OwnFinancingCheck.NOT_MET, OwnFinancingCheck.WITHIN_TOLERANCE,
                OwnFinancingCheck.MET, OwnFinancingCheck.UNKNOWN, OwnFinancingCheck.NOT_REQUIRED)) {
            long count = getCofinancing().outcomes().getOrDefault(check, 0L);
            if (count > 0) {
                ordered.put(check, count);
            }
        }
        return List.copyOf(ordered.entrySet());
    }

    /** The rules the listed projects answer to, each once, with whose they are (sub-pool's or fund's). */
    public List<RuleLine> getRules() {
        Map<CofinancingRow.RuleView, List<String>> pools = new LinkedHashMap<>();
        for (CofinancingRow row : getCofinancing().projects()) {
            if (row.rule() != null) {
                List<String> names = pools.computeIfAbsent(row.rule(), r -> new ArrayList<>());
                String where = row.rule().owner() == CofinancingRow.RuleOwner.SUB_POOL ? row.subPool() : null;
                if (!names.contains(where)) {
                    names.add(where);
                }
            }
        }
        List<RuleLine> lines = new ArrayList<>();
        pools.forEach((rule, names) -> lines.add(new RuleLine(rule, names.stream().filter(Objects::nonNull).toList())));
        return lines;
    }

    /** A rule and the sub-pools it is the own rule of (empty for the fund's rule). */
    public record RuleLine(CofinancingRow.RuleView rule, List<String> subPools) {
        public boolean isFundRule() {
            return rule.owner() == CofinancingRow.RuleOwner.FUND;
        }
    }

    /** "25 % af projektsummen" or "25 % af projektsummen over 100.000 kr.". */
    public String describe(CofinancingRow.RuleView rule) {
        if (rule == null) {
            return messages.text("dashboard.cofinancing.noRule");
        }
        return rule.threshold() == null
                ? messages.text("dashboard.cofinancing.rule.share", fmt.percent(rule.minimumShare()))
                : messages.text("dashboard.cofinancing.rule.shareAbove", fmt.percent(rule.minimumShare()),
                fmt.amount(rule.threshold()));
    }

    /** The rule in a table cell: "25,0 % ± 1.125 kr.", "25,0 % over 100.000 kr."; the list above says it in full. */
    public String shortRule(CofinancingRow.RuleView rule) {
        if (rule == null) {
            return messages.text("dashboard.cofinancing.noRule");
        }
        String text = fmt.percent(rule.minimumShare());
        if (rule.threshold() != null) {
            text += " " + messages.text("dashboard.cofinancing.rule.above", fmt.amount(rule.threshold()));
        }
        if (rule.tolerance() != null && !rule.tolerance().isZero()) {
            text += " ± " + fmt.amount(rule.tolerance());
        }
        return text;
    }

    /** "± 1.125 kr." or "ingen tolerance". */
    public String tolerance(CofinancingRow.RuleView rule) {
        if (rule == null) {
            return "";
        }
        return rule.tolerance() == null || rule.tolerance().isZero() ? messages.text("dashboard.cofinancing.noTolerance")
                : messages.text("dashboard.cofinancing.tolerance.value", fmt.amount(rule.tolerance()));
    }

    /** The outcome's icon (PrimeIcons); the word beside it says the same, so colour and shape are never alone. */
    public String icon(OwnFinancingCheck check) {
        return switch (check) {
            case MET -> "pi pi-check-circle";
            case NOT_MET -> "pi pi-times-circle";
            case WITHIN_TOLERANCE -> "pi pi-exclamation-triangle";
            case NOT_REQUIRED -> "pi pi-minus-circle";
            case UNKNOWN -> "pi pi-question-circle";
        };
    }

    /** This view's address with a download asked for: {@code table} is shares or judged, {@code format} CSV or XLSX. */
    public String exportQuery(String table, String format) {
        String query = filters.getQuery();
        return (query.isEmpty() ? "" : query + "&") + "export=" + table + "&format=" + format;
    }

    /** The view action: sends the file when the address asks for one; otherwise nothing. */
    public void sendExport() {
        DashboardExports.sendAskedTable(java.util.Map.of("shares", format -> exportShares(format.name()),
                "judged", format -> export(format.name())));
    }

    public String getQuery() {
        return filters.getQuery();
    }

    public void export(String format) {
        List<ExportColumn> columns = List.of(
                ExportColumn.text(messages.text("dashboard.cofinancing.project")),
                ExportColumn.text(messages.text("dashboard.filter.town")),
                ExportColumn.text(messages.text("dashboard.filter.subPool")),
                ExportColumn.money(messages.text("dashboard.cofinancing.total")),
                ExportColumn.money(messages.text("dashboard.cofinancing.granted")),
                ExportColumn.money(messages.text("dashboard.cofinancing.cofinancing")),
                ExportColumn.share(messages.text("dashboard.cofinancing.share")),
                ExportColumn.share(messages.text("dashboard.cofinancing.ruleShare")),
                ExportColumn.money(messages.text("dashboard.cofinancing.tolerance")),
                ExportColumn.money(messages.text("dashboard.cofinancing.marginKroner")),
                ExportColumn.points(messages.text("dashboard.cofinancing.marginPoints")),
                ExportColumn.text(messages.text("dashboard.cofinancing.outcome")),
                ExportColumn.text(messages.text("dashboard.cofinancing.source")));
        List<List<Object>> rows = new ArrayList<>();
        for (CofinancingRow r : getCofinancing().projects()) {
            CofinancingRow.RuleView rule = r.rule();
            rows.add(Arrays.asList(r.title(), r.town(), r.subPool(), amount(r.total()), amount(r.granted()),
                    amount(r.cofinancing()), r.share(), rule == null ? null : rule.minimumShare(),
                    rule == null ? null : amount(rule.tolerance()), r.margin(), r.marginPoints(), fmt.label(r.outcome()),
                    rule == null ? null : rule.source()));
        }
        TableDownload.send(new ExportTable("medfinansiering", messages.text("dashboard.cofinancing.title"), columns, rows),
                ExportFormat.valueOf(format));
    }

    public void exportShares(String format) {
        List<ExportColumn> columns = List.of(ExportColumn.text(messages.text("dashboard.cofinancing.list")),
                ExportColumn.text(messages.text("dashboard.cofinancing.project")),
                ExportColumn.text(messages.text("dashboard.filter.town")),
                ExportColumn.money(messages.text("dashboard.cofinancing.total")),
                ExportColumn.money(messages.text("dashboard.cofinancing.granted")),
                ExportColumn.share(messages.text("dashboard.cofinancing.supportShare")));
        List<List<Object>> rows = new ArrayList<>();
        String lowest = messages.text("dashboard.cofinancing.lowest");
        String highest = messages.text("dashboard.cofinancing.highest");
        getCofinancing().lowest().forEach(r -> rows.add(shareRow(lowest, r)));
        getCofinancing().highest().forEach(r -> rows.add(shareRow(highest, r)));
        TableDownload.send(new ExportTable("stoetteandele", messages.text("dashboard.cofinancing.shares"), columns, rows),
                ExportFormat.valueOf(format));
    }

    private static List<Object> shareRow(String list, SupportShareRow r) {
        return Arrays.asList(list, r.title(), r.town(), amount(r.total()), amount(r.granted()), r.supportShare());
    }

    private static java.math.BigDecimal amount(dk.pulje.domain.model.money.Money money) {
        return money == null ? null : money.amount();
    }
}
