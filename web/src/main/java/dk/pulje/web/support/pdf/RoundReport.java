package dk.pulje.web.support.pdf;

import dk.pulje.application.export.ExportService;
import dk.pulje.application.export.RoundExportRow;
import dk.pulje.application.fund.RoundDetail;
import dk.pulje.application.fund.SubPoolFigures;
import dk.pulje.domain.model.money.Money;
import dk.pulje.web.support.Formats;
import dk.pulje.web.support.Messages;
import dk.pulje.web.support.export.PagedRows;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The round report as PDF: the envelope and the round's figures, the sub-pools with their targets, and every project
 * with its total and granted amount and the sums, in the reader's language. The projects are read page by page
 * ({@link ExportService#roundProjects}, scoped to the caller), the figures from the round page's own
 * {@link RoundDetail}.
 */
@RequestScoped
public class RoundReport {

    @Inject
    private Formats fmt;

    @Inject
    private Messages msg;

    @Inject
    private ExportService exports;

    public void write(RoundDetail round, Locale locale, OutputStream out) {
        try (PdfSheet pdf = new PdfSheet(out, round.name(), locale)) {
            pdf.subtitle(round.fundName());
            pdf.facts(List.of(
                    new String[]{msg.text("pdf.round.envelope"), fmt.amount(round.envelope())},
                    new String[]{msg.text("pdf.round.applications"), Long.toString(round.figures().applications())},
                    new String[]{msg.text("pdf.round.applied"), fmt.sum(round.figures().applied())},
                    new String[]{msg.text("pdf.round.granted"), fmt.sum(round.figures().granted())},
                    new String[]{msg.text("pdf.round.paid"), fmt.amount(round.figures().paid())},
                    new String[]{msg.text("pdf.round.left"), fmt.amount(round.figures().left())}));

            if (!round.subPools().isEmpty()) {
                pdf.heading(msg.text("pdf.round.subPools"));
                PdfSheet.Table pools = pdf.table(List.of(msg.text("pdf.round.subPool"), msg.text("pdf.round.target"),
                        msg.text("pdf.round.targetAmount"), msg.text("pdf.round.granted"), msg.text("pdf.round.share")),
                        false, true, true, true, true);
                for (SubPoolFigures pool : round.subPools()) {
                    pools.row(pool.name(), pool.targetShare() == null ? "" : fmt.percent(pool.targetShare()),
                            pool.targetAmount() == null ? "" : fmt.amount(pool.targetAmount()),
                            fmt.amount(pool.granted()), pool.actualShare() == null ? "" : fmt.percent(pool.actualShare()));
                }
                pools.end();
            }

            pdf.heading(msg.text("pdf.round.projects"));
            PdfSheet.Table projects = pdf.table(List.of(msg.text("export.round.title"), msg.text("export.round.owner"),
                    msg.text("export.round.subPool"), msg.text("export.round.totalSum"), msg.text("export.round.granted")),
                    false, false, false, true, true);
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal granted = BigDecimal.ZERO;
            long count = 0;
            for (int first = 0; ; first += PagedRows.PAGE) {
                List<RoundExportRow> page = exports.roundProjects(round.id(), first, PagedRows.PAGE);
                for (RoundExportRow row : page) {
                    projects.row(row.title(), row.ownerName(), row.subPool(), amount(row.totalSum()), amount(row.granted()));
                    total = row.totalSum() == null ? total : total.add(row.totalSum());
                    granted = row.granted() == null ? granted : granted.add(row.granted());
                    count++;
                }
                if (page.size() < PagedRows.PAGE) {
                    break;
                }
            }
            projects.total(msg.text("pdf.round.sum", count), "", "", fmt.amount(Money.dkk(total)), fmt.amount(Money.dkk(granted)))
                    .end();
        }
    }

    private String amount(BigDecimal kroner) {
        return kroner == null ? fmt.amount(null) : fmt.amount(Money.dkk(kroner));
    }
}
