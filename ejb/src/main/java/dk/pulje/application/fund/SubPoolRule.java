package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A sub-pool's own co-financing rule as the editor leaves it: it takes precedence over the fund's rule for the
 * projects granted from the sub-pool. All fields empty: the sub-pool has no rule of its own, and the fund's applies.
 *
 * @param minimumShare 0..1 (0.25 = 25 %); null with everything else null: no rule of its own
 * @param threshold    the rule applies above this total project sum; null: to every project
 * @param tolerance    a margin within ± this amount is "within the tolerance"; null: none
 * @param source       where the rule comes from, e.g. "Region Midtjyllands vilkår, 2017"
 */
public record SubPoolRule(BigDecimal minimumShare, Money threshold, Money tolerance,
                          @Size(max = OwnFinancingRule.SOURCE_MAX) String source) {

    public static final SubPoolRule NONE = new SubPoolRule(null, null, null, null);

    public static SubPoolRule of(OwnFinancingRule rule) {
        return rule == null ? NONE : new SubPoolRule(rule.minimumShare(), rule.threshold(),
                rule.tolerance().isZero() ? null : rule.tolerance(), rule.source());
    }
}
