package dk.pulje.web.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Rate limits for the API (docs/security.md "API tokens", ADR 0018): a token bucket per client address (every
 * {@code /api} request, before any authentication) and one per token (after the token's form is checked, before the
 * database). Each bucket holds a minute's worth of requests and refills evenly, so a client may burst up to its
 * limit and then goes on at the limit's pace. Generous by default (600 a minute per token, 1,200 per address);
 * {@code PULJE_API_RATE_PER_MINUTE} / {@code PULJE_API_RATE_PER_ADDRESS_PER_MINUTE} (or the system properties
 * {@code pulje.api.rate.perMinute} / {@code pulje.api.rate.perAddressPerMinute}, which win) change them; 0 turns a
 * limit off. In memory and per server: limits protect the server, they are not quotas.
 */
@ApplicationScoped
public class ApiRateLimiter {

    static final int DEFAULT_PER_TOKEN = 600;
    static final int DEFAULT_PER_ADDRESS = 1200;
    /** Past this many buckets, full ones (clients idle for a minute) are forgotten. */
    private static final int MAX_BUCKETS = 100_000;

    private final Map<String, Bucket> tokens = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final IntSupplier perToken;
    private final IntSupplier perAddress;
    private final LongSupplier nanos;

    /**
     * The limits are read when a bucket is made (a client's first request, or its first after an idle minute), so a
     * system property changed on the running server ({@code /system-property=pulje.api.rate.perMinute:add(value=…)})
     * applies to clients from then on, without a restart.
     */
    public ApiRateLimiter() {
        this(() -> setting("pulje.api.rate.perMinute", "PULJE_API_RATE_PER_MINUTE", DEFAULT_PER_TOKEN),
                () -> setting("pulje.api.rate.perAddressPerMinute", "PULJE_API_RATE_PER_ADDRESS_PER_MINUTE", DEFAULT_PER_ADDRESS),
                System::nanoTime);
    }

    ApiRateLimiter(int perToken, int perAddress, LongSupplier nanos) {
        this(() -> perToken, () -> perAddress, nanos);
    }

    private ApiRateLimiter(IntSupplier perToken, IntSupplier perAddress, LongSupplier nanos) {
        this.perToken = perToken;
        this.perAddress = perAddress;
        this.nanos = nanos;
    }

    /** Empty when the request may go on, else the seconds to wait (for Retry-After). */
    public OptionalLong address(String address) {
        return take(addresses, String.valueOf(address), perAddress);
    }

    /** Keyed by the token's public lookup part, so that a limited client costs no database read. */
    public OptionalLong token(String lookup) {
        return take(tokens, lookup, perToken);
    }

    private OptionalLong take(Map<String, Bucket> buckets, String key, IntSupplier limit) {
        long now = nanos.getAsLong();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            int perMinute = limit.getAsInt();
            if (perMinute <= 0) {
                return OptionalLong.empty();
            }
            if (buckets.size() > MAX_BUCKETS) {
                buckets.values().removeIf(b -> b.isFull(now));
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        }
        return bucket.take(now);
    }

    private static int setting(String property, String variable, int fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a whole number of requests a minute, not " + value, e);
        }
    }

    /** A minute's worth of requests, refilled evenly (one every 60/limit seconds). */
    static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double available;
        private long updated;

        Bucket(int perMinute, long now) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.available = perMinute;
            this.updated = now;
        }

        synchronized OptionalLong take(long now) {
            refill(now);
            if (available >= 1) {
                available -= 1;
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - available) / perNano / 1e9)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return available >= capacity;
        }

        private void refill(long now) {
            available = Math.min(capacity, available + (now - updated) * perNano);
            updated = now;
        }
    }
}
