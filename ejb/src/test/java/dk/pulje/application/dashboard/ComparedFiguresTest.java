package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A comparison's differences: kroner where both sides are known, points for shares, nothing made up for unknowns. */
class ComparedFiguresTest {

    private static MoneyTotal known(String amount, long count) {
        return new MoneyTotal(Money.dkk(amount), count, 0);
    }

    private static final MoneyTotal NOTHING_KNOWN = new MoneyTotal(Money.dkk("0"), 0, 3);

    private static ComparedFigures figures(long id, long projects, Money envelope, MoneyTotal granted, String paid,
                                           MoneyTotal total, String share) {
        BigDecimal s = share == null ? null : new BigDecimal(share);
        return new ComparedFigures(id, "R" + id, "F", projects, envelope, NOTHING_KNOWN, granted, Money.dkk(paid), total,
                s, s == null ? null : BigDecimal.ONE.subtract(s));
    }

    @Test
    void differencesAreThisColumnLessTheFirst() {
        ComparedFigures first = figures(1, 15, Money.dkk("19900000"), known("19944000", 15), "0", known("40387000", 15), "0.4938");
        ComparedFigures other = figures(2, 1, Money.dkk("5000000"), known("400000", 1), "100000", known("500000", 1), "0.8000");
        ComparedDifference d = other.minus(first);
        assertEquals(-14, d.projects());
        assertEquals(Money.dkk("-14900000"), d.envelope());
        assertEquals(Money.dkk("-19544000"), d.granted());
        assertEquals(Money.dkk("100000"), d.paid());
        assertEquals(Money.dkk("-39887000"), d.total());
        assertEquals(new BigDecimal("0.3062"), d.supportSharePoints());
        assertEquals(new BigDecimal("-0.3062"), d.cofinancingPoints());
    }

    @Test
    void anUnknownSideGivesNoDifferenceRatherThanOneAgainstZero() {
        ComparedFigures first = figures(1, 15, Money.dkk("19900000"), known("19944000", 15), "0", known("40387000", 15), "0.4938");
        ComparedFigures unknown = figures(2, 3, null, NOTHING_KNOWN, "0", NOTHING_KNOWN, null);
        ComparedDifference d = unknown.minus(first);
        assertEquals(-12, d.projects());
        assertNull(d.envelope());
        assertNull(d.granted());
        assertNull(d.total());
        assertNull(d.applied());
        assertNull(d.supportSharePoints());
        assertNull(d.cofinancingPoints());
        assertEquals(Money.dkk("0"), d.paid());
    }

    @Test
    void theFirstColumnIsTheReferenceAndHasNoDifference() {
        ComparedFigures a = figures(1, 2, null, known("10", 2), "0", known("20", 2), "0.5000");
        ComparedFigures b = figures(2, 4, null, known("30", 4), "0", known("40", 4), "0.7500");
        Comparison comparison = Comparison.of(CompareKind.ROUND, List.of(a, b));
        assertNull(comparison.columns().get(0).difference());
        assertEquals(Money.dkk("20"), comparison.columns().get(1).difference().granted());
    }

    @Test
    void theSupportShareIsGrantedOverTotalWhereBothAreKnown() {
        assertEquals(new BigDecimal("0.4938"), NativeValues.share(new BigDecimal("19944000"), new BigDecimal("40387000")));
        assertNull(NativeValues.share(null, null));
        assertNull(NativeValues.share(BigDecimal.ZERO, BigDecimal.ZERO), "no total: no share, not a division by zero");
    }
}
