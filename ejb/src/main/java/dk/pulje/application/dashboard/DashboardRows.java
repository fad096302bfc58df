package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;

/** Reading the columns of a dashboard row: numbers as the JDBC driver hands them, amounts as kroner. */
final class DashboardRows {

    private DashboardRows() {
    }

    static Long longOrNull(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? null : ((Number) value).longValue();
    }

    static long count(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Tuple row, String alias) {
        Object value = row.get(alias);
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** An amount, null when the column is null. */
    static Money money(Tuple row, String alias) {
        BigDecimal value = decimal(row, alias);
        return value == null ? null : Money.dkk(value.setScale(Money.SCALE, java.math.RoundingMode.UNNECESSARY));
    }

    /** A sum of amounts: 0 kr. over nothing. */
    static Money sum(Tuple row, String alias) {
        Money value = money(row, alias);
        return value == null ? Money.zero(Money.DKK) : value;
    }

    static String text(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? null : value.toString();
    }
}
