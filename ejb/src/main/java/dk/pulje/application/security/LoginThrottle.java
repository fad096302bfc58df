package dk.pulje.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down without letting anyone lock anyone out (docs/security.md, "Throttling").
 * <p>
 * Three counters of checked failures, each with a number of free failures and then a doubling wait (1 s, 2 s, 4 s …,
 * at most 15 minutes) before the next guess is even checked:
 * <ul>
 *   <li>per source address (any username): {@value #FREE_PER_ADDRESS} free;</li>
 *   <li>per username and source address: {@value #FREE_PER_PAIR} free;</li>
 *   <li>per username from every address: {@value #FREE_PER_ACCOUNT} free, to which one address adds at most its
 *       {@value #FREE_PER_PAIR} free failures (so only many addresses together reach it), and which never holds back
 *       an address the account has logged in from before: a flood cannot keep the real user out.</li>
 * </ul>
 * A throttled attempt is answered at once, without hashing, and is the same for known and unknown usernames (the
 * counters are keyed by what was typed, not by what exists). Counters are kept in memory and forgotten after a quiet
 * day; a restart forgets them too, which costs an attacker a restart they cannot cause.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_PER_ADDRESS = 20;
    static final int FREE_PER_PAIR = 5;
    static final int FREE_PER_ACCOUNT = 50;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    /** Memory bound: when more keys are held, quiet ones are dropped first. */
    private static final int MAX_KEYS = 100_000;
    private static final int KNOWN_ADDRESSES_PER_ACCOUNT = 20;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> knownAddresses = new ConcurrentHashMap<>();

    @Inject
    private Clock clock;

    protected LoginThrottle() {
        // for CDI
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait before it is checked at all; empty when it may be checked now. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keysFor(username, address)) {
            Counter counter = counters.get(key);
            if (counter != null) {
                Duration wait = counter.waitAt(now);
                if (wait.compareTo(longest) > 0) {
                    longest = wait;
                }
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a checked failure. Returns true when this failure started (or lengthened) a wait for some counter. */
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        if (counters.size() > MAX_KEYS) {
            forgetQuiet(now);
        }
        boolean throttled = false;
        throttled |= count(byAddress(address), FREE_PER_ADDRESS, now);
        boolean pairBeyondFree = count(byPair(username, address), FREE_PER_PAIR, now);
        throttled |= pairBeyondFree;
        // One address adds at most its free failures to the username's counter: that counter is about many
        // addresses guessing one username, and one address alone must never make it hold back the real user.
        if (!pairBeyondFree) {
            throttled |= count(byAccount(username), FREE_PER_ACCOUNT, now);
        }
        return throttled;
    }

    /** A successful login: this address's counter for the account starts over, and the address becomes known. */
    public void succeeded(String username, String address) {
        counters.remove(byPair(username, address));
        Set<String> known = knownAddresses.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet());
        if (known.size() >= KNOWN_ADDRESSES_PER_ACCOUNT) {
            known.clear();
        }
        known.add(String.valueOf(address));
    }

    private String[] keysFor(String username, String address) {
        Set<String> known = knownAddresses.getOrDefault(username, Set.of());
        return known.contains(String.valueOf(address))
                ? new String[]{byAddress(address), byPair(username, address)}
                : new String[]{byAddress(address), byPair(username, address), byAccount(username)};
    }

    private boolean count(String key, int free, Instant now) {
        Counter after = counters.compute(key, (k, before) -> (before == null || before.isQuietAt(now) ? Counter.NONE : before)
                .failedAt(now, free));
        return after.failures() > free;
    }

    private void forgetQuiet(Instant now) {
        counters.entrySet().removeIf(e -> e.getValue().isQuietAt(now) || e.getValue().waitAt(now).isZero());
        if (counters.size() > MAX_KEYS) {
            counters.clear(); // under a flood of distinct keys memory wins; the per-key limits start over
        }
    }

    private static String byAddress(String address) {
        return "a|" + address;
    }

    private static String byPair(String username, String address) {
        return "p|" + username + "|" + address;
    }

    private static String byAccount(String username) {
        return "u|" + username;
    }

    /** Checked failures so far, the last one, and until when the next attempt waits. */
    record Counter(int failures, Instant last, Instant until) {

        static final Counter NONE = new Counter(0, Instant.EPOCH, Instant.EPOCH);

        Counter failedAt(Instant now, int free) {
            int count = failures + 1;
            Instant next = now;
            if (count > free) {
                long seconds = 1L << Math.min(30, count - free - 1);
                next = now.plus(Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : Duration.ofSeconds(seconds));
            }
            return new Counter(count, now, next);
        }

        Duration waitAt(Instant now) {
            return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
        }

        boolean isQuietAt(Instant now) {
            return Duration.between(last, now).compareTo(FORGET_AFTER) > 0;
        }
    }
}
