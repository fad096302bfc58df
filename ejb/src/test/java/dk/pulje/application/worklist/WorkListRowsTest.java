package dk.pulje.application.worklist;

import dk.pulje.domain.model.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the work lists' rows say about themselves, and how the lists sort. */
class WorkListRowsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aTrancheIsOverdueFromTheDayAfterItsDate() {
        assertTrue(payment(TODAY.minusDays(1)).overdueOn(TODAY));
        assertFalse(payment(TODAY).overdueOn(TODAY), "due today is due, not overdue");
        assertFalse(payment(TODAY.plusDays(30)).overdueOn(TODAY));
    }

    @Test
    void aReportIsOverdueFromTheDayAfterItsDate() {
        assertTrue(report(TODAY.minusDays(1)).overdueOn(TODAY));
        assertFalse(report(TODAY).overdueOn(TODAY));
    }

    @Test
    void nothingPlannedLeavesTheWholeGrantUnplanned() {
        UnplannedGrant none = new UnplannedGrant(1, 2, "P", "O", "F", Money.dkk("400000"), (BigDecimal) null);
        assertEquals(Money.dkk("0"), none.planned());
        assertEquals(Money.dkk("400000"), none.unplanned());
        UnplannedGrant some = new UnplannedGrant(1, 2, "P", "O", "F", Money.dkk("400000"), new BigDecimal("250000.00"));
        assertEquals(Money.dkk("150000"), some.unplanned());
    }

    @Test
    void comingIsWhatIsNotOverdue() {
        assertEquals(3, new DueCount(5, 2).coming());
    }

    @Test
    void everySortEndsInTheRowsIdInTheSameDirectionAndUnknownOwnersLast() {
        assertEquals("pm.plannedDate asc, pm.id asc", PaymentSort.PLANNED_DATE.orderBy(true));
        assertEquals("lower(o.name) desc nulls last, ro.id desc", ReportSort.OWNER.orderBy(false));
        assertTrue(GrantSort.UNPLANNED.orderBy(false).endsWith(", g.id desc"));
    }

    private static DuePayment payment(LocalDate date) {
        return new DuePayment(1, 2, "P", "O", "F", date, Money.dkk("1000"), null);
    }

    private static DueReport report(LocalDate date) {
        return new DueReport(1, 2, "P", null, null, date, "O", "F", null, null, null, null);
    }
}
