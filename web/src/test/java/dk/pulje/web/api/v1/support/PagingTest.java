package dk.pulje.web.api.v1.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagingTest {

    @Test
    void theLimitIsFiftyUnlessSaidAndAtMostFiveHundred() {
        assertEquals(50, Paging.parseLimit(null));
        assertEquals(50, Paging.parseLimit(" "));
        assertEquals(1, Paging.parseLimit("1"));
        assertEquals(500, Paging.parseLimit("500"));
    }

    @Test
    void aLimitOutsideOneToFiveHundredIsRefused() {
        for (String bad : new String[]{"0", "-1", "501", "99999999999", "ten", "1.5"}) {
            assertThrows(IllegalArgumentException.class, () -> Paging.parseLimit(bad), bad);
        }
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Paging.cursor(null));
        assertNull(Paging.cursor(""));
    }
}
