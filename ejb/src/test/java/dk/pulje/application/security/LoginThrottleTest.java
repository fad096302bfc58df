package dk.pulje.application.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void freeFailuresThenDoublingWaitsForTheUsernameFromOneAddress() {
        for (int i = 0; i < LoginThrottle.FREE_PER_PAIR; i++) {
            assertTrue(throttle.waitBefore("randers", "10.0.0.1").isEmpty(), "free failure " + i);
            throttle.failed("randers", "10.0.0.1");
        }
        assertTrue(throttle.waitBefore("randers", "10.0.0.1").isEmpty(), "the fifth failure is still free");
        throttle.failed("randers", "10.0.0.1");
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("randers", "10.0.0.1").orElseThrow());
        now = now.plusSeconds(1);
        throttle.failed("randers", "10.0.0.1");
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore("randers", "10.0.0.1").orElseThrow());
        for (int i = 0; i < 20; i++) {
            throttle.failed("randers", "10.0.0.1");
        }
        assertEquals(LoginThrottle.MAX_WAIT, throttle.waitBefore("randers", "10.0.0.1").orElseThrow(), "never more than 15 minutes");
    }

    @Test
    void aFloodFromOneAddressNeverHoldsBackTheSameUsernameFromAnother() {
        // A guess every second for two days, from one address: only the guesses the throttle lets through are checked.
        int checked = 0;
        for (int second = 0; second < 2 * 24 * 3600; second++) {
            now = now.plusSeconds(1);
            if (throttle.waitBefore("sysadmin", "10.6.6.6").isEmpty()) {
                throttle.failed("sysadmin", "10.6.6.6");
                checked++;
            }
        }
        assertTrue(checked < 5 + 10 + 2 * 24 * 4 + 2, "about four guesses an hour after the first: " + checked);
        assertTrue(throttle.waitBefore("sysadmin", "10.6.6.6").isPresent());
        assertTrue(throttle.waitBefore("sysadmin", "192.168.1.20").isEmpty(), "the real user's address is untouched");
        assertTrue(throttle.waitBefore("admin", "10.6.6.6").isPresent(), "the flooding address waits for every username");
    }

    @Test
    void manyAddressesGuessingOneUsernameAreSlowedButNotItsKnownAddress() {
        throttle.succeeded("admin", "192.168.1.20");
        for (int i = 0; i <= LoginThrottle.FREE_PER_ACCOUNT; i++) {
            throttle.failed("admin", "10.0." + (i / 250) + "." + (i % 250));
        }
        assertTrue(throttle.waitBefore("admin", "10.9.9.9").isPresent(), "a new address waits once the username is under attack");
        assertTrue(throttle.waitBefore("admin", "192.168.1.20").isEmpty(), "the address the user logged in from does not");
    }

    @Test
    void waitsAreTheSameForUsernamesThatDoNotExist() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("randers", "10.0.0.1");
            throttle.failed("ghost", "10.0.0.2");
        }
        assertEquals(throttle.waitBefore("randers", "10.0.0.1"), throttle.waitBefore("ghost", "10.0.0.2"));
    }

    @Test
    void quietCountersAreForgotten() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("randers", "10.0.0.1");
        }
        now = now.plus(LoginThrottle.FORGET_AFTER).plusSeconds(1);
        throttle.failed("randers", "10.0.0.1");
        assertFalse(throttle.waitBefore("randers", "10.0.0.1").isPresent(), "one failure after a quiet day is free again");
    }
}
