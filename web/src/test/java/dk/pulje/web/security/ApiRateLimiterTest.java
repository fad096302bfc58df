package dk.pulje.web.security;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiRateLimiterTest {

    private final AtomicLong clock = new AtomicLong();

    @Test
    void aClientMayBurstItsMinuteAndThenGoesOnAtTheLimitsPace() {
        ApiRateLimiter limiter = new ApiRateLimiter(60, 1000, clock::get);
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.token("abc").isEmpty(), "request " + i);
        }
        OptionalLong wait = limiter.token("abc");
        assertEquals(OptionalLong.of(1), wait); // one request a second at 60 a minute
        assertTrue(limiter.token("other").isEmpty(), "another token has its own bucket");
        clock.addAndGet(1_000_000_000L);
        assertTrue(limiter.token("abc").isEmpty());
        assertTrue(limiter.token("abc").isPresent());
    }

    @Test
    void retryAfterSaysHowLongUntilTheNextRequestFits() {
        ApiRateLimiter limiter = new ApiRateLimiter(6, 6, clock::get); // one every 10 s
        for (int i = 0; i < 6; i++) {
            limiter.address("127.0.0.9");
        }
        assertEquals(OptionalLong.of(10), limiter.address("127.0.0.9"));
        clock.addAndGet(4_000_000_000L);
        assertEquals(OptionalLong.of(6), limiter.address("127.0.0.9"));
    }

    @Test
    void zeroTurnsALimitOff() {
        ApiRateLimiter limiter = new ApiRateLimiter(0, 0, clock::get);
        for (int i = 0; i < 10_000; i++) {
            assertTrue(limiter.token("t").isEmpty());
            assertTrue(limiter.address("a").isEmpty());
        }
    }
}
