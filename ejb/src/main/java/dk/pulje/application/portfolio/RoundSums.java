package dk.pulje.application.portfolio;

import java.math.BigDecimal;

/**
 * One row of the start page's aggregate over a round's (or a fund's round-less) projects, read with {@code select new}
 * so that a column added to the query cannot shift the others. Sums are null when no amount was known.
 *
 * @param grantedWhereBoth Σ granted over the projects whose total and grant are both known
 * @param totalWhereBoth   Σ total over the same projects
 */
public record RoundSums(long fundId, String fundName, String fundShortName, String funderName, Long roundId,
                        String roundName, long projects, BigDecimal totalSum, long totalsKnown, BigDecimal granted,
                        long grantsKnown, BigDecimal grantedWhereBoth, BigDecimal totalWhereBoth) {

    /** The projects of a fund whose round is not known. */
    public RoundSums(long fundId, String fundName, String fundShortName, String funderName, long projects,
                     BigDecimal totalSum, long totalsKnown, BigDecimal granted, long grantsKnown,
                     BigDecimal grantedWhereBoth, BigDecimal totalWhereBoth) {
        this(fundId, fundName, fundShortName, funderName, null, null, projects, totalSum, totalsKnown, granted,
                grantsKnown, grantedWhereBoth, totalWhereBoth);
    }
}
