package dk.pulje.web.api.v1;

import dk.pulje.application.imports.ImportReport;
import dk.pulje.application.imports.RowMessage;
import dk.pulje.application.imports.RowReport;
import dk.pulje.application.imports.RowStatus;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;
import java.util.Locale;

/**
 * An import's report as {@code POST /api/v1/imports/allocations} answers it (and, refused, inside the problem details):
 * the fund and round, whether anything was stored, the totals, and every row with its messages in the reader's
 * language.
 */
@JsonbPropertyOrder({"fund", "round", "roundCreated", "dryRun", "stored", "totals", "rows"})
public record ImportReportJson(Named fund, Named round, boolean roundCreated, boolean dryRun, boolean stored,
                               Totals totals, List<Row> rows) {

    public record Named(long id, String name) {
    }

    @JsonbPropertyOrder({"rows", "created", "updated", "unchanged", "refused"})
    public record Totals(int rows, long created, long updated, long unchanged, long refused) {
    }

    @JsonbPropertyOrder({"row", "key", "title", "status", "projectId", "messages"})
    public record Row(int row, String key, String title, RowStatus status, Long projectId, List<Message> messages) {
    }

    @JsonbPropertyOrder({"severity", "field", "message"})
    public record Message(RowMessage.Severity severity, String field, String message) {
    }

    static ImportReportJson of(ImportReport report, Locale locale) {
        return new ImportReportJson(new Named(report.fundId(), report.fundName()),
                new Named(report.roundId(), report.roundName()), report.roundCreated(), report.dryRun(),
                report.stored(),
                new Totals(report.total(), report.count(RowStatus.CREATED), report.count(RowStatus.UPDATED),
                        report.count(RowStatus.UNCHANGED), report.count(RowStatus.REFUSED)),
                report.rows().stream().map(r -> row(r, locale)).toList());
    }

    private static Row row(RowReport row, Locale locale) {
        return new Row(row.row(), row.key(), row.title(), row.status(), row.projectId(), row.messages().stream()
                .map(m -> new Message(m.severity(), m.field() == null ? null : m.field().name(), m.text(locale)))
                .toList());
    }
}
