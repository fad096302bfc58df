package dk.pulje.application.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSafeTest {

    @Test
    void aUsernameCannotForgeALogLine() {
        String forged = LogSafe.of("x\nFORGED 12:00 INFO LOGIN_SUCCEEDED user=admin");
        assertFalse(forged.contains("\n"));
        assertEquals("x\\nFORGED 12:00 INFO LOGIN_SUCCEEDED user=admin", forged);
    }

    @Test
    void controlCharactersAndNulAreWrittenOut() {
        assertEquals("a\\u0000b\\u001b[31m\\\\", LogSafe.of("a\u0000b\u001b[31m\\"));
        assertEquals("Kaffekop-Vindmølle", LogSafe.of("Kaffekop-Vindmølle"), "letters stay as they are");
    }

    @Test
    void longValuesAreCut() {
        assertTrue(LogSafe.of("x".repeat(5000)).length() <= 201);
    }
}
