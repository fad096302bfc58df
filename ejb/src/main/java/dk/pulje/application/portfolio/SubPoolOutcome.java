package dk.pulje.application.portfolio;

import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

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
}
