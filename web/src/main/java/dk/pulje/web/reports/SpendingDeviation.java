package dk.pulje.web.reports;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/**
 * How far spending on a budget line is from the budget: the difference in kroner and as a share of the budget, and
 * whether it is beyond the threshold (±10 %) at which the pages mark it in words and with an icon, never by colour
 * alone. A line without a budget (0 kr.) that has spending is always beyond it.
 *
 * @param difference spent − budgeted (negative: under the budget)
 * @param share      difference ÷ budgeted; null when the budget is 0
 */
public record SpendingDeviation(Money difference, BigDecimal share, boolean beyondThreshold) {

    public static final BigDecimal THRESHOLD = new BigDecimal("0.10");

    /** Null when nothing is reported on the line, or its budget is unknown: then there is nothing to compare. */
    public static SpendingDeviation of(Money budgeted, Money spent) {
        if (budgeted == null || spent == null) {
            return null;
        }
        Money difference = spent.minus(budgeted);
        BigDecimal share = difference.shareOf(budgeted).orElse(null);
        // Exactly, on the amounts: the share is rounded to four decimals and would let 10,001 % pass as 10 %.
        boolean beyond = difference.amount().abs().compareTo(budgeted.amount().multiply(THRESHOLD)) > 0;
        return new SpendingDeviation(difference, share, beyond);
    }

    public boolean over() {
        return difference.amount().signum() > 0;
    }
}
