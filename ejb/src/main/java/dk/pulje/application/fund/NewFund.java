package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A new fund as an administrator sets it up. The creator administers it from then on.
 *
 * @param ownFinancingMinimumShare the own-financing rule's minimum share (0.25 = 25 %); null: the fund has no rule
 * @param ownFinancingThreshold    the rule applies above this total project sum; null: to every project
 * @param ownFinancingTolerance    a margin within ± this amount is "within the tolerance"; null: none
 * @param ownFinancingSource       where the rule comes from; null: not stated
 */
public record NewFund(@NotNull Long funderId, @Size(max = 300) String name, @Size(max = 100) String shortName,
                      BigDecimal ownFinancingMinimumShare, Money ownFinancingThreshold, Money ownFinancingTolerance,
                      @Size(max = OwnFinancingRule.SOURCE_MAX) String ownFinancingSource) {

    /** A rule without tolerance or source. */
    public NewFund(Long funderId, String name, String shortName, BigDecimal ownFinancingMinimumShare,
                   Money ownFinancingThreshold) {
        this(funderId, name, shortName, ownFinancingMinimumShare, ownFinancingThreshold, null, null);
    }
}
