package dk.pulje.domain.model.fund;

import java.io.Serializable;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/**
 * A project against its co-financing rule, judged from its total and its grant ({@link OwnFinancingRule#margin}).
 *
 * @param outcome      met, not met, within the tolerance, not required, or unknown (an amount missing)
 * @param cofinancing  total − grant; null when not judged
 * @param share        co-financing ÷ total (0.249637 = 24,96 %); null when not judged or the total is 0
 * @param marginPoints share − the rule's minimum share, as a fraction (−0.000363 = −0,04 points)
 * @param margin       co-financing − what the rule asks, in kroner; negative when it falls short
 */
public record CofinancingMargin(OwnFinancingCheck outcome, Money cofinancing, BigDecimal share, BigDecimal marginPoints,
                                BigDecimal margin) implements Serializable {

    static CofinancingMargin unknown() {
        return new CofinancingMargin(OwnFinancingCheck.UNKNOWN, null, null, null, null);
    }

    static CofinancingMargin notRequired() {
        return new CofinancingMargin(OwnFinancingCheck.NOT_REQUIRED, null, null, null, null);
    }
}
