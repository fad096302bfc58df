package dk.pulje.web.security;

import dk.pulje.application.cluster.RateBuckets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.function.IntSupplier;

/**
 * Rate limits for the API (docs/security.md "API tokens", ADR 0018, ADR 0022): a token bucket per client address (every
 * {@code /api} request, before any authentication) and one per token (after the token's form is checked, before the
 * token is looked up). Each bucket holds a minute's worth of requests and refills evenly, so a client may burst up to
 * its limit and then goes on at the limit's pace. Generous by default (600 a minute per token, 1,200 per address);
 * {@code PULJE_API_RATE_PER_MINUTE} / {@code PULJE_API_RATE_PER_ADDRESS_PER_MINUTE} (or the system properties
 * {@code pulje.api.rate.perMinute} / {@code pulje.api.rate.perAddressPerMinute}, which win) change them; 0 turns a
 * limit off. The buckets are kept in PostgreSQL ({@link RateBuckets}, one statement per request), so that on two
 * servers a client gets its limit once, not once per server.
 */
@ApplicationScoped
public class ApiRateLimiter {

    static final int DEFAULT_PER_TOKEN = 600;
    static final int DEFAULT_PER_ADDRESS = 1200;

    @Resource(lookup = "java:jboss/datasources/PuljeDS")
    private DataSource database;

    private IntSupplier perToken;
    private IntSupplier perAddress;
    private RateBuckets buckets;

    /**
     * The limits are read on every request, so a system property changed on the running server
     * ({@code /system-property=pulje.api.rate.perMinute:add(value=…)}) applies at once, without a restart.
     */
    public ApiRateLimiter() {
        this.perToken = () -> setting("pulje.api.rate.perMinute", "PULJE_API_RATE_PER_MINUTE", DEFAULT_PER_TOKEN);
        this.perAddress = () -> setting("pulje.api.rate.perAddressPerMinute", "PULJE_API_RATE_PER_ADDRESS_PER_MINUTE",
                DEFAULT_PER_ADDRESS);
    }

    ApiRateLimiter(int perToken, int perAddress, RateBuckets buckets) {
        this.perToken = () -> perToken;
        this.perAddress = () -> perAddress;
        this.buckets = buckets;
    }

    @PostConstruct
    void connect() {
        buckets = new RateBuckets(database, Clock.systemUTC());
    }

    /** Empty when the request may go on, else the seconds to wait (for Retry-After). */
    public OptionalLong address(String address) {
        return buckets.take("a|" + address, perAddress.getAsInt());
    }

    /** Keyed by the token's public lookup part, so that a limited client costs no token lookup. */
    public OptionalLong token(String lookup) {
        return buckets.take("t|" + lookup, perToken.getAsInt());
    }

    static int setting(String property, String variable, int fallback) {
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
}
