package dk.pulje.application.imports;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): every row's outcome and the totals. When any row is refused nothing
 * is stored and {@link #stored()} is false.
 */
public record ImportReport(long fundId, long roundId, boolean dryRun, boolean stored, List<RowReport> rows) {

    public ImportReport {
        rows = List.copyOf(rows);
    }

    public int total() {
        return rows.size();
    }

    public long count(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public boolean refused() {
        return count(RowStatus.REFUSED) > 0;
    }
}
