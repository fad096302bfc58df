package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * The fund's funder, names and own-financing rule as the editor leaves them, with the version they saw.
 *
 * @param ownFinancingTolerance a margin within ± this amount is "within the tolerance"; null: none
 * @param ownFinancingSource    where the rule comes from; null: not stated
 */
public record ChangeFund(long fundId, long expectedVersion, @NotNull Long funderId, @Size(max = 300) String name,
                         @Size(max = 100) String shortName, BigDecimal ownFinancingMinimumShare,
                         Money ownFinancingThreshold, Money ownFinancingTolerance,
                         @Size(max = OwnFinancingRule.SOURCE_MAX) String ownFinancingSource) {

    /** A rule without tolerance or source (saving clears them). */
    public ChangeFund(long fundId, long expectedVersion, Long funderId, String name, String shortName,
                      BigDecimal ownFinancingMinimumShare, Money ownFinancingThreshold) {
        this(fundId, expectedVersion, funderId, name, shortName, ownFinancingMinimumShare, ownFinancingThreshold, null, null);
    }
}
