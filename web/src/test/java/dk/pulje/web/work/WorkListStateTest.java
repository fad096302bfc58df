package dk.pulje.web.work;

import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A work list's state in the address: only what the list offers gets in, and the address says only what differs. */
class WorkListStateTest {

    private final WorkListState state = new WorkListState(Set.of("plannedDate", "amount"));

    @Test
    void thePlainListHasAPlainAddress() {
        assertEquals("", state.query());
    }

    @Test
    void filtersSortAndPageBecomeTheAddress() {
        state.setTitle(" bogbus ");
        state.setFund(3L);
        state.setDue("OVERDUE");
        state.setSort("amount");
        state.setOrder("desc");
        state.setPage(2);
        state.setRows(50);
        assertEquals("?q=bogbus&fund=3&due=OVERDUE&sort=amount&order=desc&page=2&rows=50", state.query());
        assertEquals(50, state.getFirst());
        assertEquals(SortOrder.DESCENDING, state.getSortMeta().getOrder());
        assertEquals(dk.pulje.application.worklist.Due.OVERDUE, state.dueFilter());
    }

    @Test
    void whatTheListDoesNotOfferIsDropped() {
        state.setSort("title; drop table payment");
        state.setDue("SOMETIME");
        state.setOrder("sideways");
        state.setRows(7);
        state.setPage(-3);
        state.setTitle("x".repeat(201));
        assertNull(state.getSort());
        assertNull(state.getDue());
        assertNull(state.getOrder());
        assertEquals(25, state.getRows());
        assertEquals(1, state.getPage());
        assertNull(state.getTitle());
        assertEquals("", state.query());
    }

    @Test
    void allDatesIsTheDefaultAndStaysOutOfTheAddress() {
        state.setDue("ALL");
        assertNull(state.getDue());
        assertEquals("", state.query());
    }
}
