package dk.pulje.application.dashboard;

import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/**
 * A sub-pool against its target on the round dashboard: "Temapulje: mål 80 % = 15.920.000 kr., bevilget 13.752.000 kr. =
 * 68,95 %, −11,05 point, −2.168.000 kr.".
 *
 * @param targetShare       0..1; null when none is set
 * @param targetAmount      target share × the round's envelope; null when either is unknown
 * @param projects          the projects counted that were granted from the sub-pool
 * @param granted           Σ granted from the sub-pool over those projects
 * @param actualShare       granted ÷ Σ granted in the round (same projects), four decimals; null when nothing was granted
 * @param differencePoints  actualShare − targetShare as a fraction (−0.1105 = −11,05 point); null when either is unknown
 * @param differenceAmount  granted − targetAmount; null when the target amount is unknown
 */
public record SubPoolTarget(long roundId, long id, String name, SubPoolKind kind, BigDecimal targetShare,
                            Money targetAmount, long projects, Money granted, BigDecimal actualShare,
                            BigDecimal differencePoints, Money differenceAmount) {

    /** Whether the sub-pool got at least its target share; null when that cannot be told (no target, nothing granted). */
    public Boolean reached() {
        return differencePoints == null ? null : differencePoints.signum() >= 0;
    }
}
