package dk.pulje.web.ops;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlowOrFailedTest {

    private final SlowOrFailed oneSecond = new SlowOrFailed(1000);

    @Test
    void aFastSuccessfulRequestIsNotLogged() {
        assertFalse(oneSecond.logs(200, 999, null));
        assertFalse(oneSecond.logs(302, 10, null));
    }

    @Test
    void refusalsAreNotLoggedButServerErrorsAre() {
        for (int refusal : new int[] {400, 401, 403, 404, 405, 412, 422, 429}) {
            assertFalse(oneSecond.logs(refusal, 5, null), "status " + refusal);
        }
        assertTrue(oneSecond.logs(500, 5, null));
        assertTrue(oneSecond.logs(503, 5, null));
    }

    @Test
    void anUnexpectedErrorAnsweredWith200IsFailedByItsIncident() {
        assertTrue(oneSecond.logs(200, 5, "ab12cd34")); // an ajax request answered with a message (AjaxErrorHandler)
        assertTrue(oneSecond.failed(200, "ab12cd34"));
    }

    @Test
    void aRequestAtTheThresholdIsSlow() {
        assertTrue(oneSecond.logs(200, 1000, null));
        assertFalse(oneSecond.failed(200, null));
    }

    @Test
    void thePropertyWinsOverTheEnvironmentAndBadValuesGiveTheDefault() {
        assertEquals(250, SlowOrFailed.configured("250", "4000").thresholdMillis());
        assertEquals(4000, SlowOrFailed.configured(null, "4000").thresholdMillis());
        assertEquals(4000, SlowOrFailed.configured(" ", " 4000 ").thresholdMillis());
        assertEquals(4000, SlowOrFailed.configured("fast", "4000").thresholdMillis());
        assertEquals(SlowOrFailed.DEFAULT_THRESHOLD_MILLIS, SlowOrFailed.configured(null, null).thresholdMillis());
        assertEquals(SlowOrFailed.DEFAULT_THRESHOLD_MILLIS, SlowOrFailed.configured("-1", "x").thresholdMillis());
        assertEquals(0, SlowOrFailed.configured("0", null).thresholdMillis());
        assertThrows(IllegalArgumentException.class, () -> new SlowOrFailed(-5));
    }

    @Test
    void theLineNamesEverythingAnOperatorGrepsFor() {
        assertEquals("failed request: method=GET path=/pulje/projects/list.xhtml status=503 ms=12 user=admin incident=ab12cd34",
                SlowOrFailed.line("GET", "/pulje/projects/list.xhtml", 503, 12, "admin", "ab12cd34"));
        assertEquals("slow request: method=POST path=/pulje/api/v1/projects status=201 ms=1500 user=-",
                SlowOrFailed.line("POST", "/pulje/api/v1/projects", 201, 1500, null, null));
    }

    @Test
    void anUnknownTimeIsNeverSlowAndShownAsADash() {
        assertFalse(new SlowOrFailed(0).slow(-1));
        assertFalse(new SlowOrFailed(0).logs(200, -1, null));
        assertEquals("failed request: method=GET path=/pulje/index.xhtml status=503 ms=- user=- incident=0badc0de",
                SlowOrFailed.line("GET", "/pulje/index.xhtml", 503, -1, null, "0badc0de"));
    }

    @Test
    void nothingFromOutsideBreaksTheLine() {
        String forged = SlowOrFailed.line("GET", "/pulje/x\nINFO fake line", 500, 1, "eve status=200", null);
        assertFalse(forged.contains("\n"));
        assertEquals("failed request: method=GET path=/pulje/x_INFO_fake_line status=500 ms=1 user=eve_status=200", forged);
    }
}
