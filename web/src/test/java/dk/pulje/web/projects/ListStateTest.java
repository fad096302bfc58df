package dk.pulje.web.projects;

import org.junit.jupiter.api.Test;
import org.primefaces.model.SortOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list's state in the address: only what the list offers gets in, and the address says only what differs. */
class ListStateTest {

    @Test
    void thePlainListHasAPlainAddress() {
        assertEquals("", new ListState().query());
    }

    @Test
    void filtersSortAndPageBecomeTheAddress() {
        ListState state = new ListState();
        state.setTitle(" grøn ");
        state.setTown("Århus");
        state.setFund(3L);
        state.setStatus("GRANTED");
        state.setSort("granted");
        state.setOrder("desc");
        state.setPage(2);
        state.setRows(50);
        assertEquals("?q=gr%C3%B8n&townText=%C3%85rhus&fund=3&status=GRANTED&sort=granted&order=desc&page=2&rows=50", state.query());
        assertEquals(50, state.getFirst());
        assertEquals("granted", state.getSortMeta().getField());
        assertEquals(SortOrder.DESCENDING, state.getSortMeta().getOrder());
    }

    @Test
    void aSearchTheListWouldRefuseStaysOutOfTheAddress() {
        ListState state = new ListState();
        state.setTitle("x".repeat(201));
        state.setTown("y".repeat(101));
        assertEquals("", state.query());
        state.setTitle("x".repeat(200));
        assertEquals("?q=" + "x".repeat(200), state.query());
    }

    @Test
    void aPageNumberPastAnyListNeverMakesANegativeFirstRow() {
        ListState state = new ListState();
        state.setPage(Integer.MAX_VALUE);
        assertTrue(state.getFirst() > 0);
    }

    @Test
    void whatTheListDoesNotOfferIsDropped() {
        ListState state = new ListState();
        state.setSort("password_hash");
        state.setOrder("sideways");
        state.setStatus("DELETED");
        state.setPage(-4);
        state.setRows(1_000_000);
        state.setTitle("   ");
        assertNull(state.getSort());
        assertNull(state.getSortMeta());
        assertNull(state.getStatus());
        assertEquals(1, state.getPage());
        assertEquals(ListState.DEFAULT_ROWS, state.getRows());
        assertEquals("", state.query());
    }

    @Test
    void anOrderWithoutASortIsNotWritten() {
        ListState state = new ListState();
        state.setOrder("desc");
        assertEquals("", state.query());
    }

    @Test
    void theDashboardsFiltersTravelInTheAddressWithThePageAndSort() {
        ListState state = new ListState();
        state.setRound(7L);
        state.setYear(2024);
        state.setTheme(3L);
        state.setDrillTown(" Randers ");
        state.setType("SCHOOL");
        state.setSubPool(9L);
        state.setOrganisation(11L);
        state.setStatus("ACTIVE");
        state.setSort("town");
        state.setPage(3);
        assertEquals("?round=7&year=2024&theme=3&town=Randers&type=SCHOOL&subPool=9&organisation=11&status=ACTIVE&sort=town&page=3",
                state.query());
        assertEquals(new dk.pulje.application.project.ProjectDrillDown(7L, 2024, 3L, "Randers",
                dk.pulje.domain.model.organisation.OrganisationType.SCHOOL, 9L, 11L), state.drillDown());
    }

    @Test
    void removingAChipDropsThatFilterOnlyAndStartsAtTheFirstPage() {
        ListState state = new ListState();
        state.setRound(7L);
        state.setDrillTown("Randers");
        state.setSort("title");
        state.setOrder("desc");
        state.setPage(2);
        assertEquals("?round=7&sort=title&order=desc", state.queryWithout("town"));
        assertEquals("?town=Randers&sort=title&order=desc", state.queryWithout("round"));
    }

    @Test
    void anUnknownInstitutionTypeIsDropped() {
        ListState state = new ListState();
        state.setType("UNIVERSITY_OF_MARS");
        assertNull(state.getType());
        assertEquals("", state.query());
    }
}
