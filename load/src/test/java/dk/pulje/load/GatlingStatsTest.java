package dk.pulje.load;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ./pulje load reads its figures from the statistics table of Gatling's HTML report (3.15 has no stats.json). */
class GatlingStatsTest {

    @Test
    void readsEveryRequestAndTheWholeRunFromTheReportTable() throws IOException {
        GatlingStats stats = GatlingStats.parse(fixture());

        assertEquals(new GatlingStats.Row("All Requests", 77, 6, 1.83, 516, 5863, 6280, 6280), stats.all());
        assertEquals(6, stats.errors());
        assertEquals(2, stats.requests().size());
        assertEquals(new GatlingStats.Row("login page", 6, 0, 0.14, 455, 682, 682, 682), stats.requests().get(0));
        assertEquals(new GatlingStats.Row("login", 6, 0, 0.14, 6149, 6280, 6280, 6280), stats.requests().get(1));
    }

    @Test
    void aReportWithoutTheTableIsRefusedRatherThanReadAsNoErrors() {
        assertThrows(IOException.class, () -> GatlingStats.parse("<html><body>Gatling 4</body></html>"));
    }

    private static String fixture() throws IOException {
        try (InputStream in = GatlingStatsTest.class.getResourceAsStream("gatling-3.15-stats-table.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
