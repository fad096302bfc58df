package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;

/**
 * Reads a native aggregate's row by column alias: PostgreSQL's numeric as BigDecimal, counts as long (the driver's
 * {@code bigint} or {@code integer}), sums in kroner as {@link Money} (the schema admits no other currency, V4).
 */
final class NativeValues {

    private NativeValues() {
    }

    static long count(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Long id(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? null : ((Number) value).longValue();
    }

    static String text(Tuple row, String alias) {
        return (String) row.get(alias);
    }

    static BigDecimal decimal(Tuple row, String alias) {
        Object value = row.get(alias);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    /** An amount, or null when unknown. */
    static Money money(Tuple row, String alias) {
        BigDecimal amount = decimal(row, alias);
        return amount == null ? null : Money.dkk(amount);
    }

    /** A sum and its count of known amounts (columns {@code alias} and {@code alias_known}) over {@code of} rows. */
    static MoneyTotal total(Tuple row, String alias, long of) {
        long known = count(row, alias + "_known");
        return MoneyTotal.of(decimal(row, alias), known, of - known, Money.DKK);
    }

    /** Σ granted ÷ Σ total over the projects where both are known, 4 decimals; null when there are none. */
    static BigDecimal share(BigDecimal grantedWhereBoth, BigDecimal totalWhereBoth) {
        return grantedWhereBoth == null || totalWhereBoth == null ? null
                : Money.dkk(grantedWhereBoth).shareOf(Money.dkk(totalWhereBoth)).orElse(null);
    }
}
