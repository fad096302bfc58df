package dk.pulje.application.report;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.BudgetCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deviation of reported spending from the budget, and the ±10 % flag, with figures a clerk can check. */
class SpendingAgainstBudgetTest {

    private static SpendingAgainstBudget.Line line(String budgeted, String reported) {
        return SpendingAgainstBudget.Line.of(1, BudgetCategory.SALARIES, 2025, null, Money.dkk(budgeted),
                reported == null ? null : Money.dkk(reported));
    }

    @Test
    void theDeviationIsInPercentOfTheBudgetAndBeyondTenPercentEitherWayIsFlagged() {
        assertEquals(new BigDecimal("10.8"), line("60000", "66500").deviationPercent());
        assertTrue(line("60000", "66500").flagged());
        assertEquals(new BigDecimal("-10.0"), line("20000", "18000").deviationPercent());
        assertFalse(line("20000", "18000").flagged(), "exactly 10 % is within");
        assertFalse(line("20000", "17999").flagged(), "−10,005 % reads −10,0 %");
        assertTrue(line("20000", "17979").flagged(), "−10,105 % reads −10,1 %");
        assertEquals(new BigDecimal("10.0"), line("100000", "110040").deviationPercent());
        assertFalse(line("100000", "110040").flagged(), "judged as shown: 10,0 % is not beyond 10 %");
        assertEquals(new BigDecimal("10.1"), line("100000", "110050").deviationPercent(), "10,05 % rounds half up");
        assertTrue(line("100000", "110050").flagged());
        assertEquals(new BigDecimal("-100.0"), line("5000", "0").deviationPercent());
    }

    @Test
    void nothingReportedIsNoDeviationAndSpendingWithoutABudgetIsAlwaysFlagged() {
        assertNull(line("60000", null).deviationPercent());
        assertFalse(line("60000", null).flagged());
        assertNull(line("0", "1").deviationPercent());
        assertTrue(line("0", "1").flagged());
        assertFalse(line("0", "0").flagged());
    }
}
