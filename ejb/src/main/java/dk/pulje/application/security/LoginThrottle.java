package dk.pulje.application.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

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
 * counters are keyed by what was typed, not by what exists). Counters are forgotten after a quiet day.
 * <p>
 * The counters live in PostgreSQL (login_throttle, login_known_address; V32, ADR 0022), so that two servers count
 * one guesser once: in memory, each server would give a guesser its free failures again. A failure is counted on the three
 * counters by one statement, in a transaction of its own: a caller that rolls back (a refused change of one's second
 * factor) must not take the count back with it.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_PER_ADDRESS = 20;
    static final int FREE_PER_PAIR = 5;
    static final int FREE_PER_ACCOUNT = 50;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int KNOWN_ADDRESSES_PER_ACCOUNT = 20;
    private static final long CLEAN_EVERY_MS = 3_600_000;

    /**
     * One counter's failure, as a data-modifying CTE named {@code alias}: a counter quiet for a day starts over; past
     * its free failures the next attempt waits 2^(beyond - 1) seconds, at most {@link #MAX_WAIT}. Parameters: key,
     * now, now, free, free.
     */
    private static String count(String alias, String condition) {
        String failures = "(case when t.last_at < excluded.last_at - interval '24 hours' then 1 else t.failures + 1 end)";
        return alias + " as (insert into login_throttle as t (key, failures, last_at, until_at)"
                + " select ?, 1, ?, ?::timestamptz" + condition
                + " on conflict (key) do update set failures = " + failures + ","
                + " until_at = case when " + failures + " > ? then excluded.last_at + least(interval '15 minutes',"
                + " make_interval(secs => power(2, least(30, " + failures + " - ? - 1)))) else excluded.last_at end,"
                + " last_at = excluded.last_at returning failures)";
    }

    /**
     * A failure counted on all three counters in one statement (one round trip, one snapshot): the username's counter
     * only while the pair is within its free failures. Answers whether any counter is now beyond its free ones.
     */
    private static final String COUNT_ALL = "with " + count("a", "") + ", " + count("p", "") + ", "
            + count("u", " where (select failures from p) <= " + FREE_PER_PAIR)
            + " select (select failures from a) > " + FREE_PER_ADDRESS
            + " or (select failures from p) > " + FREE_PER_PAIR
            + " or coalesce((select failures from u), 0) > " + FREE_PER_ACCOUNT;

    @Resource(lookup = "java:jboss/datasources/PuljeDS")
    private DataSource database;

    @Inject
    private Clock clock;

    private final AtomicLong nextCleaning = new AtomicLong();

    protected LoginThrottle() {
        // for CDI
    }

    /** A throttle of its own on a database (tests: two of them are two servers). */
    public LoginThrottle(Clock clock, DataSource database) {
        this.clock = clock;
        this.database = database;
    }

    /** How long this attempt must wait before it is checked at all; empty when it may be checked now. */
    public Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        try (Connection c = database.getConnection();
             PreparedStatement longest = c.prepareStatement("""
                     select max(until_at) from login_throttle
                      where until_at > ? and (key in (?, ?)
                            or key = ? and not exists (select 1 from login_known_address where username = ? and address = ?))""")) {
            longest.setTimestamp(1, Timestamp.from(now));
            longest.setString(2, byAddress(address));
            longest.setString(3, byPair(username, address));
            longest.setString(4, byAccount(username));
            longest.setString(5, cut(username, 300));
            longest.setString(6, cut(String.valueOf(address), 100));
            try (ResultSet row = longest.executeQuery()) {
                row.next();
                Timestamp until = row.getTimestamp(1);
                return until == null ? Optional.empty() : Optional.of(Duration.between(now, until.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The login throttle could not be read", e);
        }
    }

    /** Counts a checked failure. Returns true when this failure started (or lengthened) a wait for some counter. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(String username, String address) {
        Instant now = clock.instant();
        try (Connection c = database.getConnection()) {
            cleanIfDue(c, now);
            // One address adds at most its free failures to the username's counter: that counter is about many
            // addresses guessing one username, and one address alone must never make it hold back the real user.
            try (PreparedStatement count = c.prepareStatement(COUNT_ALL)) {
                int i = 0;
                for (Object[] counter : new Object[][]{{byAddress(address), FREE_PER_ADDRESS},
                        {byPair(username, address), FREE_PER_PAIR}, {byAccount(username), FREE_PER_ACCOUNT}}) {
                    Timestamp at = Timestamp.from(now);
                    count.setString(++i, (String) counter[0]);
                    count.setTimestamp(++i, at);
                    count.setTimestamp(++i, at);
                    count.setInt(++i, (Integer) counter[1]);
                    count.setInt(++i, (Integer) counter[1]);
                }
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getBoolean(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The login throttle could not count a failure", e);
        }
    }

    /** A successful login: this address's counter for the account starts over, and the address becomes known. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String username, String address) {
        String user = cut(username, 300);
        String from = cut(String.valueOf(address), 100);
        try (Connection c = database.getConnection()) {
            try (PreparedStatement forget = c.prepareStatement("delete from login_throttle where key = ?")) {
                forget.setString(1, byPair(username, address));
                forget.executeUpdate();
            }
            // At most 20 known addresses: a new one past that starts the list over (as the in-memory set did).
            try (PreparedStatement full = c.prepareStatement("""
                    delete from login_known_address k where k.username = ?
                       and not exists (select 1 from login_known_address where username = ? and address = ?)
                       and (select count(*) from login_known_address where username = ?) >= ?""")) {
                full.setString(1, user);
                full.setString(2, user);
                full.setString(3, from);
                full.setString(4, user);
                full.setInt(5, KNOWN_ADDRESSES_PER_ACCOUNT);
                full.executeUpdate();
            }
            try (PreparedStatement known = c.prepareStatement("""
                    insert into login_known_address (username, address, since) values (?, ?, ?)
                    on conflict (username, address) do nothing""")) {
                known.setString(1, user);
                known.setString(2, from);
                known.setTimestamp(3, Timestamp.from(clock.instant()));
                known.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The login throttle could not record a login", e);
        }
    }

    /** Counters quiet for a day are forgotten; swept once an hour per server. */
    private void cleanIfDue(Connection c, Instant now) throws SQLException {
        long due = nextCleaning.get();
        if (now.toEpochMilli() < due || !nextCleaning.compareAndSet(due, now.toEpochMilli() + CLEAN_EVERY_MS)) {
            return;
        }
        try (PreparedStatement clean = c.prepareStatement("delete from login_throttle where last_at < ?")) {
            clean.setTimestamp(1, Timestamp.from(now.minus(FORGET_AFTER)));
            clean.executeUpdate();
        }
    }

    static String byAddress(String address) {
        return cut("a|" + address, 600);
    }

    static String byPair(String username, String address) {
        return cut("p|" + username + "|" + address, 600);
    }

    static String byAccount(String username) {
        return cut("u|" + username, 600);
    }

    /**
     * Cut to the column's length, with NUL spelled out: PostgreSQL text cannot hold it, and a typed username may
     * (AuthenticationIT types "admin" and a NUL). A username typed with the six characters themselves shares that
     * counter, which can only make its wait come sooner.
     */
    private static String cut(String text, int max) {
        String storable = text.replace("\u0000", "\\u0000");
        return storable.length() > max ? storable.substring(0, max) : storable;
    }
}
