package dk.pulje.application.portfolio;

import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A sub-pool's target against what it was actually granted: "Temapulje, target 80 %, got 69,0 %".
 *
 * @param actualShare Σ granted in the sub-pool ÷ Σ granted in the round; null when nothing was granted in the round
 */
public record SubPoolOutcome(long id, String name, SubPoolKind kind, BigDecimal targetShare, long projects,
                             Money granted, BigDecimal actualShare) {

    /** True when a target is set and the actual share falls short of it. */
    public boolean belowTarget() {
        return targetShare != null && actualShare != null && actualShare.compareTo(targetShare) < 0;
    }

    /**
     * How much more the sub-pool would have needed to reach its target share of what the round granted: said in words
     * on the page ("3,6 mio. kr. under målet"), so that the shortfall is never told by colour alone. Null when the
     * sub-pool is not below its target or the round's grants are not known.
     */
    public Money shortfall(MoneyTotal roundGranted) {
        if (!belowTarget() || roundGranted == null || roundGranted.isUnknown() || granted == null) {
            return null;
        }
        BigDecimal target = roundGranted.sum().amount().multiply(targetShare).setScale(2, RoundingMode.HALF_UP);
        return Money.of(target, granted.currency()).minus(granted);
    }
}
