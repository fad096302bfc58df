package dk.pulje.application.dashboard;

import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/**
 * One project against its effective co-financing rule, as {@code OwnFinancingRule.margin} judges it.
 *
 * @param subPool      the name of its grant's sub-pool; null when it has none
 * @param rule         the rule that applies (the sub-pool's, else the fund's); null when neither has one
 * @param cofinancing  total − grant; null when not judged
 * @param share        co-financing ÷ total (six decimals); null when not judged or the total is 0
 * @param marginPoints share − the rule's share, as a fraction; null when not judged
 * @param margin       co-financing − what the rule asks, in kroner; negative when it falls short; null when not judged
 */
public record CofinancingRow(long projectId, String title, String town, String subPool, Money total, Money granted,
                             RuleView rule, OwnFinancingCheck outcome, Money cofinancing, BigDecimal share,
                             BigDecimal marginPoints, BigDecimal margin) {

    /** Whose rule applies. */
    public enum RuleOwner { SUB_POOL, FUND }

    /** A co-financing rule as the dashboards show it. */
    public record RuleView(RuleOwner owner, BigDecimal minimumShare, Money threshold, Money tolerance, String source) {
    }
}
