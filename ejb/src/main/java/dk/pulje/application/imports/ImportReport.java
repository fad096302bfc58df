package dk.pulje.application.imports;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do): every row's outcome and the totals. When any row is refused nothing
 * is stored and {@link #stored()} is false.
 *
 * @param roundId             the round's id; 0 when the round does not exist yet (a check or refused import with
 *                            createRound)
 * @param fundName            the fund's name, for the report
 * @param roundName           the round's name, for the report
 * @param roundCreated        the import created the round (or, unstored, would create it)
 * @param unknownOrganisations owners the file names that Pulje does not know, with suggestions
 */
public record ImportReport(long fundId, long roundId, boolean dryRun, boolean stored, List<RowReport> rows,
                           String fundName, String roundName, boolean roundCreated,
                           List<UnknownOrganisation> unknownOrganisations) {

    public ImportReport {
        rows = List.copyOf(rows);
        unknownOrganisations = List.copyOf(unknownOrganisations);
    }

    public ImportReport(long fundId, long roundId, boolean dryRun, boolean stored, List<RowReport> rows) {
        this(fundId, roundId, dryRun, stored, rows, null, null, false, List.of());
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
