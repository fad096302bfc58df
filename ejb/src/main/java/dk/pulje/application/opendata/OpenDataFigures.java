package dk.pulje.application.opendata;

import dk.pulje.domain.model.money.Money;

/**
 * A grant's money. Unknown amounts are null, never 0.
 *
 * @param paid Σ of the paid tranches (0 when nothing is paid yet: that is known)
 */
public record OpenDataFigures(Money applied, Money granted, Money paid, Money totalSum) {

    /** Co-financing: the part of the total project sum that this grant does not pay; unknown without both. */
    public Money cofinancing() {
        return totalSum == null || granted == null ? null : totalSum.minus(granted);
    }
}
