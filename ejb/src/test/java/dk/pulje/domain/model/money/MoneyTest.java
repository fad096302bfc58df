package dk.pulje.domain.model.money;

import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyTest {

    @Test
    void millionsAsThePressWritesThemAreExact() {
        assertEquals(new BigDecimal("457000.00"), Money.dkkMillions("0.457").amount());
        assertEquals(new BigDecimal("11063000.00"), Money.dkkMillions("11.063").amount());
        assertEquals(new BigDecimal("6000000.00"), Money.dkkMillions("6").amount());
    }

    @Test
    void scaleIsAlwaysTwo() {
        assertEquals(2, Money.dkk("12").amount().scale());
        assertEquals(2, Money.dkk("12.5").amount().scale());
        assertEquals(new BigDecimal("12.50"), Money.dkk("12.500").amount());
    }

    @Test
    void fractionsOfOereAreRefusedNotRounded() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> Money.dkk("0.005"));
        assertEquals("money.fractionOfOere", e.key());
        assertTrue(e.messageIn(java.util.Locale.ENGLISH).contains("0.005"), e.messageIn(java.util.Locale.ENGLISH));
        // 0,000000001 mio. kr. is a tenth of an øre
        assertThrows(RuleViolation.class, () -> Money.dkkMillions("0.000000001"));
    }

    @Test
    void additionIsExactWhereDoublesAreNot() {
        Money sum = Money.dkk("0.10").plus(Money.dkk("0.20"));
        assertEquals(Money.dkk("0.30"), sum);
        // The same sum in double is 0.30000000000000004: this is why money never touches double.
        assertNotEquals(0.3, 0.1 + 0.2);
    }

    @Test
    void subtractionAndComparison() {
        Money granted = Money.dkk("6000000");
        Money total = Money.dkk("11063000");
        assertEquals(Money.dkk("5063000"), total.minus(granted));
        assertTrue(total.isGreaterThan(granted));
        assertTrue(granted.minus(total).isNegative());
        assertTrue(granted.minus(granted).isZero());
    }

    @Test
    void equalityIgnoresTrailingZeros() {
        assertEquals(Money.dkk("100"), Money.dkk("100.00"));
        assertEquals(Money.dkk("100").hashCode(), Money.dkk("100.00").hashCode());
        assertNotEquals(Money.dkk("100"), Money.dkk("100.01"));
    }

    /** Every sum adds kroner (also in SQL): an amount in another currency never gets in, so no sum can mix them. */
    @Test
    void anythingButKronerIsRefusedWhereItEnters() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> Money.of(BigDecimal.ONE, Currency.getInstance("EUR")));
        assertEquals("money.notDkk", e.key());
        assertEquals("Pulje regner alle beløb i danske kroner (DKK). Et beløb i EUR kan ikke registreres.",
                e.messageIn(new java.util.Locale("da")));
        assertEquals("Pulje keeps every amount in Danish kroner (DKK). An amount in EUR cannot be recorded.",
                e.messageIn(java.util.Locale.ENGLISH));
        assertThrows(RuleViolation.class, () -> Money.zero(Currency.getInstance("SEK")));
        assertEquals(Money.dkk("1"), Money.of(BigDecimal.ONE, Money.DKK));
    }

    @Test
    void supportShareIsGrantedOverTotalWithFourDecimals() {
        Money granted = Money.dkkMillions("19.944");
        Money total = Money.dkkMillions("40.387");
        assertEquals(new BigDecimal("0.4938"), granted.shareOf(total).orElseThrow());
        assertTrue(granted.shareOf(Money.dkk("0")).isEmpty(), "a share of nothing is not a number");
    }

    @Test
    void totalsCountUnknownAmountsInsteadOfCallingThemZero() {
        MoneyTotal total = MoneyTotal.empty(Money.DKK)
                .add(Money.dkk("100"))
                .add(null)
                .add(Money.dkk("50.25"));
        assertEquals(Money.dkk("150.25"), total.sum());
        assertEquals(2, total.known());
        assertEquals(1, total.unknown());
        assertTrue(!total.isComplete() && !total.isUnknown());
        assertTrue(MoneyTotal.empty(Money.DKK).add(null).isUnknown());
    }

    @Test
    void totalFromSqlTreatsNullSumAsNothingKnown() {
        MoneyTotal fromSql = MoneyTotal.of(null, 0, 2, Money.DKK);
        assertTrue(fromSql.isUnknown());
        assertEquals(2, fromSql.unknown());
    }
}
