package dk.pulje.application.cluster;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Retry-After from what a bucket holds; the buckets themselves are proven on PostgreSQL (ApiRateLimitsSharedIT). */
class RateBucketsTest {

    @Test
    void retryAfterIsTheTimeUntilOneWholeRequestHasDrippedBack() {
        assertEquals(10, RateBuckets.waitSeconds(0, 6), "one every 10 s at 6 a minute");
        assertEquals(6, RateBuckets.waitSeconds(0.4, 6), "4 s later: 6 s to go");
        assertEquals(1, RateBuckets.waitSeconds(0, 60));
        assertEquals(1, RateBuckets.waitSeconds(0.999, 60), "never less than a second");
        assertEquals(60, RateBuckets.waitSeconds(0, 1));
    }
}
