package dk.pulje.application.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each user's last login was last written, so that an API client (every call is an authentication) writes it
 * at most once per granularity instead of on every request.
 */
@ApplicationScoped
public class LastLoginWrites {

    private final Map<String, Instant> written = new ConcurrentHashMap<>();

    /** True for exactly one caller per user and granularity: that caller writes. */
    boolean isDue(String username, Instant now, Duration granularity) {
        if (written.size() > 100_000) {
            written.clear();
        }
        Instant before = written.get(username);
        if (before != null && before.plus(granularity).isAfter(now)) {
            return false;
        }
        return before == null ? written.putIfAbsent(username, now) == null : written.replace(username, before, now);
    }
}
