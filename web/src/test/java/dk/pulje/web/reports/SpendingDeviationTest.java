package dk.pulje.web.reports;

import dk.pulje.domain.model.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpendingDeviationTest {

    @Test
    void tenPercentEitherWayIsWithinTheThresholdAndBeyondIsMarked() {
        assertFalse(SpendingDeviation.of(Money.dkk("100000"), Money.dkk("110000")).beyondThreshold());
        assertFalse(SpendingDeviation.of(Money.dkk("100000"), Money.dkk("90000")).beyondThreshold());
        // As the project page rounds it: 10,04 % is 10,0 %, within; 10,05 % is 10,1 %, beyond.
        assertFalse(SpendingDeviation.of(Money.dkk("100000"), Money.dkk("110040")).beyondThreshold());
        SpendingDeviation over = SpendingDeviation.of(Money.dkk("100000"), Money.dkk("110050"));
        assertTrue(over.beyondThreshold());
        assertTrue(over.over());
        SpendingDeviation under = SpendingDeviation.of(Money.dkk("100000"), Money.dkk("50000"));
        assertTrue(under.beyondThreshold());
        assertFalse(under.over());
        assertEquals(Money.dkk("-50000"), under.difference());
        assertEquals(new BigDecimal("-0.500"), under.share());
    }

    @Test
    void spendingOnALineWithoutBudgetIsAlwaysADeviationAndNothingReportedIsNone() {
        SpendingDeviation unbudgeted = SpendingDeviation.of(Money.dkk("0"), Money.dkk("1"));
        assertTrue(unbudgeted.beyondThreshold());
        assertNull(unbudgeted.share());
        assertFalse(SpendingDeviation.of(Money.dkk("0"), Money.dkk("0")).beyondThreshold());
        assertNull(SpendingDeviation.of(Money.dkk("1000"), null));
    }
}
