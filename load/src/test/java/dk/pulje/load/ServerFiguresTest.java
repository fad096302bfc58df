package dk.pulje.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerFiguresTest {

    @Test
    void readsJstatGcColumnsByName() {
        Map<String, Double> gc = ServerFigures.parseJstat("""
                    S0C         S1C         S0U         S1U          EC           EU           OC           OU          MC         MU       CCSC      CCSU     YGC     YGCT     FGC    FGCT     CGC    CGCT       GCT  \s
                        0.0      8192.0         0.0      8192.0     110592.0      28672.0     143360.0      98765.4    120000.0   118000.5  15000.0   14000.0     42     0.512     0      0.000    6      0.031      0.543
                """);

        assertEquals(42, gc.get("YGC"));
        assertEquals(0.512, gc.get("YGCT"));
        assertEquals(0.543, gc.get("GCT"));
        assertEquals(98765.4, gc.get("OU"));
    }

    @Test
    void aDashColumnIsLeftOutAndGarbageGivesNothing() {
        Map<String, Double> gc = ServerFiguresTest.parse("FGC FGCT CGC\n0 0.000 -\n");
        assertFalse(gc.containsKey("CGC"));
        assertEquals(0.0, gc.get("FGCT"));
        assertTrue(ServerFigures.parseJstat("12345 not found").isEmpty());
    }

    private static Map<String, Double> parse(String output) {
        return ServerFigures.parseJstat(output);
    }
}
