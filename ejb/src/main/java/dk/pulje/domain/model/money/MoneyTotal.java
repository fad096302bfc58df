package dk.pulje.domain.model.money;

import java.io.Serializable;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A sum over amounts of which some may be unknown: the sum of the known ones, how many were known and how many were not.
 * "Σ granted 19.944.000 kr. (2 amounts unknown)" is honest; treating unknown as 0 would not be.
 */
public record MoneyTotal(Money sum, long known, long unknown) implements Serializable {

    public MoneyTotal {
        Objects.requireNonNull(sum, "sum");
        if (known < 0 || unknown < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** Builds a total from what SQL returns: {@code sum(x)} (null when nothing was known) and the counts. */
    public static MoneyTotal of(BigDecimal sumOfKnown, long known, long unknown, Currency currency) {
        return new MoneyTotal(Money.of(sumOfKnown == null ? BigDecimal.ZERO : sumOfKnown, currency), known, unknown);
    }

    public static MoneyTotal empty(Currency currency) {
        return new MoneyTotal(Money.zero(currency), 0, 0);
    }

    public MoneyTotal add(Money amountOrNull) {
        if (amountOrNull == null) {
            return new MoneyTotal(sum, known, unknown + 1);
        }
        return new MoneyTotal(sum.plus(amountOrNull), known + 1, unknown);
    }

    /** True when not a single amount was known: the sum then says nothing and is shown as unknown. */
    public boolean isUnknown() {
        return known == 0;
    }

    public boolean isComplete() {
        return unknown == 0;
    }
}
