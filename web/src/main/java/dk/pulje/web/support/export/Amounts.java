package dk.pulje.web.support.export;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/** Money as an export's cell: its amount, or null (an empty cell) when unknown, never 0. */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal of(Money money) {
        return money == null ? null : money.amount();
    }
}
