package dk.pulje.web.security;

import dk.pulje.application.cluster.RateBuckets;
import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limiter's own parts. The buckets live in PostgreSQL since issue 14 (ADR 0022): their behaviour (burst, pace,
 * Retry-After, two servers counting one client) is proven on the real database by ApiRateLimitsSharedIT.
 */
class ApiRateLimiterTest {

    @Test
    void zeroTurnsALimitOffWithoutAskingTheDatabase() {
        // No database at all: a limit of 0 must not even try to count.
        ApiRateLimiter limiter = new ApiRateLimiter(0, 0, new RateBuckets(null, Clock.systemUTC()));
        for (int i = 0; i < 10_000; i++) {
            assertTrue(limiter.token("t").isEmpty());
            assertTrue(limiter.address("a").isEmpty());
        }
    }

    @Test
    void settingsAreWholeNumbersAndNegativeMeansOff() {
        System.setProperty("pulje.test.rate", " 42 ");
        System.setProperty("pulje.test.rate.negative", "-5");
        System.setProperty("pulje.test.rate.wrong", "many");
        try {
            assertEquals(42, ApiRateLimiter.setting("pulje.test.rate", "PULJE_TEST_RATE_UNSET", 7));
            assertEquals(0, ApiRateLimiter.setting("pulje.test.rate.negative", "PULJE_TEST_RATE_UNSET", 7));
            assertEquals(7, ApiRateLimiter.setting("pulje.test.rate.unset", "PULJE_TEST_RATE_UNSET", 7));
            assertThrows(IllegalStateException.class,
                    () -> ApiRateLimiter.setting("pulje.test.rate.wrong", "PULJE_TEST_RATE_UNSET", 7));
        } finally {
            System.clearProperty("pulje.test.rate");
            System.clearProperty("pulje.test.rate.negative");
            System.clearProperty("pulje.test.rate.wrong");
        }
    }
}
