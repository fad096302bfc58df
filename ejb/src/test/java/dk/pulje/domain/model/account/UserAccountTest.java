package dk.pulje.domain.model.account;

import dk.pulje.domain.model.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void theFifthFailureInARowLocksForFifteenMinutes() {
        UserAccount account = new UserAccount("randers", "Loke", "hash", now);
        for (int i = 1; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            assertFalse(account.recordFailedLogin(now));
        }
        assertTrue(account.recordFailedLogin(now), "the fifth locks");
        assertTrue(account.isLockedAt(now.plusSeconds(14 * 60)));
        assertFalse(account.isLockedAt(now.plusSeconds(15 * 60)), "and the lock ends by itself");
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        UserAccount account = new UserAccount("randers", "Loke", "hash", now);
        account.recordFailedLogin(now);
        account.recordFailedLogin(now);
        account.recordLogin(now);
        assertEquals(0, account.getFailedLogins());
        assertEquals(now, account.getLastLoginAt());
    }

    @Test
    void usernamesAreCaseInsensitiveAndPlain() {
        assertEquals("randers", UserAccount.normaliseUsername("  Randers "));
        assertEquals("user.usernameFormat", assertThrows(RuleViolation.class,
                () -> UserAccount.normaliseUsername("ran ders")).key());
        assertEquals("user.usernameFormat", assertThrows(RuleViolation.class,
                () -> UserAccount.normaliseUsername("<script>")).key());
    }
}
