package dk.pulje.web.reports;

import dk.pulje.application.report.SpendingAgainstBudget;
import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far spending on a budget line is from the budget: the difference in kroner and as a share of the budget, and
 * whether it is beyond the threshold (±10 %) at which the pages mark it in words and with an icon, never by colour
 * alone. A line without a budget (0 kr.) that has spending is always beyond it. The rule is the one of
 * {@link dk.pulje.application.report.SpendingAgainstBudget}: the share in percent to one decimal, beyond when above
 * 10,0 % either way, so that the form and the project page mark the same lines.
 *
 * @param difference spent − budgeted (negative: under the budget)
 * @param share      difference ÷ budgeted; null when the budget is 0
 */
public record SpendingDeviation(Money difference, BigDecimal share, boolean beyondThreshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Null when nothing is reported on the line, or its budget is unknown: then there is nothing to compare. */
    public static SpendingDeviation of(Money budgeted, Money spent) {
        if (budgeted == null || spent == null) {
            return null;
        }
        Money difference = spent.minus(budgeted);
        if (budgeted.isZero()) {
            return new SpendingDeviation(difference, null, !difference.isZero());
        }
        BigDecimal percent = difference.amount().multiply(HUNDRED).divide(budgeted.amount(), 1, RoundingMode.HALF_UP);
        boolean beyond = percent.abs().compareTo(SpendingAgainstBudget.DEVIATION_THRESHOLD_PERCENT) > 0;
        BigDecimal share = percent.divide(HUNDRED, 3, RoundingMode.UNNECESSARY);
        return new SpendingDeviation(difference, share, beyond);
    }

    public boolean over() {
        return difference.amount().signum() > 0;
    }
}
