package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;

import java.math.BigDecimal;

/**
 * One column of a comparison: a round's (or a fund's) figures as the round dashboard shows them.
 *
 * @param envelope         the round's envelope, for a fund the sum of its rounds'; null when none is stated
 * @param paid             Σ paid so far (a payment is paid or not: nothing here is unknown)
 * @param supportShare     Σ granted ÷ Σ total over the projects whose grant and total are both known; null without any
 * @param cofinancingRatio 1 − support share: the share of the total project sums that others pay
 */
public record ComparedFigures(long id, String label, String fundName, long projects, Money envelope, MoneyTotal applied,
                              MoneyTotal granted, Money paid, MoneyTotal total, BigDecimal supportShare,
                              BigDecimal cofinancingRatio) {

    /** This column less {@code first}: kroner where both are known, points (as a fraction) for the shares. */
    public ComparedDifference minus(ComparedFigures first) {
        return new ComparedDifference(projects - first.projects, difference(envelope, first.envelope),
                difference(applied, first.applied), difference(granted, first.granted), paid.minus(first.paid),
                difference(total, first.total), points(supportShare, first.supportShare),
                points(cofinancingRatio, first.cofinancingRatio));
    }

    private static Money difference(Money a, Money b) {
        return a == null || b == null ? null : a.minus(b);
    }

    /** Totals of which nothing at all was known say nothing, so neither does their difference. */
    private static Money difference(MoneyTotal a, MoneyTotal b) {
        return a.isUnknown() || b.isUnknown() ? null : a.sum().minus(b.sum());
    }

    private static BigDecimal points(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
