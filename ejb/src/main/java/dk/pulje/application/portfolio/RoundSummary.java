package dk.pulje.application.portfolio;

import dk.pulje.domain.model.money.MoneyTotal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One card on the start page: a fund's round (or the fund's projects whose round is not stated) with its sums.
 *
 * @param roundId      null for the projects of a fund whose round is not known
 * @param supportShare Σ granted ÷ Σ total over the projects where both are known; null when there are none
 * @param subPools     the round's sub-pools, each with its target share and the share it actually got
 */
public record RoundSummary(long fundId, String fundName, String fundShortName, String funderName, Long roundId, String roundName,
                           long projectCount, MoneyTotal totalSum, MoneyTotal granted, BigDecimal supportShare,
                           List<SubPoolOutcome> subPools) {

    public RoundSummary {
        subPools = List.copyOf(subPools);
    }

    public boolean roundKnown() {
        return roundId != null;
    }

    /** The card's heading: the round, or the fund's short name when the round is not known. */
    public String heading() {
        return roundKnown() ? roundName : fundShortName;
    }

    public Optional<BigDecimal> supportShareIfKnown() {
        return Optional.ofNullable(supportShare);
    }
}
