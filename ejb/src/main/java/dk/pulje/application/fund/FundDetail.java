package dk.pulje.application.fund;

import java.io.Serializable;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * A fund as its edit page reads it, with its rounds.
 *
 * @param ownFinancingMinimumShare null when the fund has no own-financing rule
 * @param ownFinancingThreshold    null when the rule applies to every project (or there is no rule)
 * @param ownFinancingTolerance    null when the rule states none (or there is no rule)
 * @param ownFinancingSource       where the rule comes from; null when not stated
 */
public record FundDetail(long id, long version, long funderId, String funderName, String name, String shortName,
                         BigDecimal ownFinancingMinimumShare, Money ownFinancingThreshold,
                         Money ownFinancingTolerance, String ownFinancingSource, List<RoundLine> rounds) implements Serializable {

    public FundDetail {
        rounds = List.copyOf(rounds);
    }
}
