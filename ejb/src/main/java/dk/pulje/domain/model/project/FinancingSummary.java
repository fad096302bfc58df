package dk.pulje.domain.model.project;

import java.io.Serializable;

import dk.pulje.domain.model.fund.CofinancingMargin;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import dk.pulje.domain.model.fund.OwnFinancingRule;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Budget and financing against the total project sum: a gap or a surplus is shown, not hidden.
 *
 * @param budget        Σ budget lines; null (unknown, not 0 kr.) when the project has no budget lines
 * @param budgetGap     total − Σ budget lines (positive: budget lines missing; negative: lines exceed the total); null when
 *                      the total or the budget is unknown
 * @param financing     Σ financing lines with the unknown amounts counted
 * @param financingGap  total − Σ known financing (positive: money still missing; negative: surplus); null when the total is unknown
 * @param ownFinancing  Σ financing other than the fund's grant
 * @param ownShare      own financing ÷ total; null when the total is unknown or zero, or no own financing amount is
 *                      stated (unknown is not 0 %)
 * @param ownFinancingCheck the effective rule (the grant's sub-pool's, else the fund's) applied to the financing lines
 * @param rule          that rule; null when neither the sub-pool nor the fund has one
 * @param ruleMargin    the rule judged as the dashboards judge it, from the total and the grant (co-financing = total −
 *                      grant), with its margin in kroner and points; null when there is no rule
 */
public record FinancingSummary(Money total, Money budget, Money budgetGap, MoneyTotal financing, Money financingGap,
                               MoneyTotal ownFinancing, BigDecimal ownShare, OwnFinancingCheck ownFinancingCheck,
                               OwnFinancingRule rule, CofinancingMargin ruleMargin) implements Serializable {

    /** One financing line as the summary needs it: its kind and its amount (null when unknown). */
    public record Part(FinancingKind kind, Money amount) {
    }

    /** Without a grant amount: the rule's margin is then unknown. */
    public static FinancingSummary of(Money total, Collection<Money> budgetAmounts, Collection<Part> financingParts,
                                      OwnFinancingRule rule) {
        return of(total, null, budgetAmounts, financingParts, rule);
    }

    /**
     * @param granted the fund's grant (null when unknown)
     * @param rule    the effective co-financing rule: the grant's sub-pool's, else the fund's; null when none
     */
    public static FinancingSummary of(Money total, Money granted, Collection<Money> budgetAmounts,
                                      Collection<Part> financingParts, OwnFinancingRule rule) {
        // No budget line says nothing about the budget: unknown, never "0 kr." beside a total of millions.
        Money budget = budgetAmounts.isEmpty() ? null : budgetAmounts.stream().reduce(Money.zero(Money.DKK), Money::plus);
        MoneyTotal financing = MoneyTotal.empty(Money.DKK);
        MoneyTotal own = MoneyTotal.empty(Money.DKK);
        for (Part part : financingParts) {
            financing = financing.add(part.amount());
            if (part.kind().isOwnFinancing()) {
                own = own.add(part.amount());
            }
        }
        Money budgetGap = total == null || budget == null ? null : total.minus(budget);
        Money financingGap = total == null ? null : total.minus(financing.sum());
        BigDecimal ownShare = total == null || own.isUnknown() ? null : own.sum().shareOf(total).orElse(null);
        OwnFinancingCheck check = rule == null ? OwnFinancingCheck.NOT_REQUIRED : rule.evaluate(total, own);
        CofinancingMargin margin = rule == null ? null : rule.margin(total, granted);
        return new FinancingSummary(total, budget, budgetGap, financing, financingGap, own, ownShare, check, rule, margin);
    }

    /**
     * How much the stated sources exceed the total, as a positive amount ("Oplyste kilder overstiger projektsummen med
     * 50.000 kr.", not "med -50.000 kr."); null when there is no surplus or it cannot be told.
     */
    public Money surplus() {
        return financingGap == null || !financingGap.isNegative() ? null : Money.zero(financingGap.currency()).minus(financingGap);
    }

    /** Σ financing equals the total to the øre, and no amount is unknown. */
    public boolean balanced() {
        return financingGap != null && financingGap.isZero() && financing.isComplete();
    }
}
