package dk.pulje.web.my;

import dk.pulje.application.portal.Deadline;
import dk.pulje.application.portal.DeadlineKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calendar's groups: everything overdue first in a group of its own, then one group per month in date order. */
class MyDeadlinesBackingTest {

    private static Deadline due(long id, LocalDate date, boolean overdue) {
        return new Deadline(DeadlineKind.REPORT, id, 1, "Projekt", "Puljen", "Biblioteket", date, "STATUS", null, overdue);
    }

    @Test
    void overdueFirstThenOneGroupPerMonth() {
        List<MyDeadlinesBacking.Month> months = MyDeadlinesBacking.group(List.of(
                due(1, LocalDate.of(2026, 10, 3), true),
                due(2, LocalDate.of(2026, 11, 20), true),
                due(3, LocalDate.of(2026, 11, 28), false),
                due(4, LocalDate.of(2026, 11, 30), false),
                due(5, LocalDate.of(2027, 1, 2), false)));
        assertEquals(3, months.size());
        assertTrue(months.get(0).isOverdue());
        assertEquals(List.of(1L, 2L), months.get(0).deadlines().stream().map(Deadline::itemId).toList(),
                "an overdue item of this month stands with the overdue ones, not twice");
        assertEquals(YearMonth.of(2026, 11), months.get(1).month());
        assertEquals(List.of(3L, 4L), months.get(1).deadlines().stream().map(Deadline::itemId).toList());
        assertEquals(YearMonth.of(2027, 1), months.get(2).month(), "a month without deadlines has no group");
        assertEquals("2027-01", months.get(2).getKey());
        assertEquals("overdue", months.get(0).getKey());
    }

    @Test
    void nothingDueIsNoGroups() {
        assertEquals(List.of(), MyDeadlinesBacking.group(List.of()));
    }
}
