package dk.pulje.application.cluster;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Token buckets shared by every server through PostgreSQL (api_rate_bucket, V32; ADR 0022): each bucket holds a
 * minute's worth of requests and refills evenly, so a client may burst up to its limit and then goes on at the
 * limit's pace, wherever its requests land. One statement per request: an upsert that refills, takes one if there is
 * one, and answers what is left, atomically under the row's lock (two servers counting the same client wait for each
 * other for the few microseconds of the update, and never both take the last one).
 * <p>
 * Autocommit, outside any transaction: a request's count must hold even when the request then fails. When the
 * database cannot be asked the request goes on (limits protect the server; they are not quotas, and a request that
 * needs the database fails on its own), and that is logged once a minute at most.
 */
public class RateBuckets {

    private static final Logger LOG = Logger.getLogger(RateBuckets.class.getName());
    private static final long CLEAN_EVERY_MS = 60_000;

    /**
     * ?1 bucket, ?2 capacity - 1 (a fresh bucket after this request), ?3 now in epoch seconds. The capacity is
     * {@code excluded.available + 1}; a negative time step (servers' clocks apart) refills nothing.
     */
    static final String TAKE = """
            insert into api_rate_bucket as b (bucket, available, updated_at, refused) values (?, ?, ?, false)
            on conflict (bucket) do update set
              available = case when least(excluded.available + 1, b.available
                                   + greatest(0, excluded.updated_at - b.updated_at) * (excluded.available + 1) / 60.0) >= 1
                               then least(excluded.available + 1, b.available
                                   + greatest(0, excluded.updated_at - b.updated_at) * (excluded.available + 1) / 60.0) - 1
                               else least(excluded.available + 1, b.available
                                   + greatest(0, excluded.updated_at - b.updated_at) * (excluded.available + 1) / 60.0) end,
              refused = least(excluded.available + 1, b.available
                            + greatest(0, excluded.updated_at - b.updated_at) * (excluded.available + 1) / 60.0) < 1,
              updated_at = greatest(b.updated_at, excluded.updated_at)
            returning available, refused""";

    private final DataSource database;
    private final Clock clock;
    private final AtomicLong nextCleaning = new AtomicLong();
    private final AtomicLong nextComplaint = new AtomicLong();

    public RateBuckets(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Empty when the request may go on, else the whole seconds to wait (for Retry-After). */
    public OptionalLong take(String bucket, int perMinute) {
        if (perMinute <= 0) {
            return OptionalLong.empty();
        }
        long nowMillis = clock.millis();
        try (Connection connection = database.getConnection()) {
            cleanIfDue(connection, nowMillis);
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, bucket.length() > 200 ? bucket.substring(0, 200) : bucket);
                take.setDouble(2, perMinute - 1);
                take.setDouble(3, nowMillis / 1000.0);
                try (ResultSet row = take.executeQuery()) {
                    row.next();
                    return row.getBoolean(2) ? OptionalLong.of(waitSeconds(row.getDouble(1), perMinute)) : OptionalLong.empty();
                }
            }
        } catch (SQLException e) {
            if (nextComplaint.getAndUpdate(t -> nowMillis >= t ? nowMillis + 60_000 : t) <= nowMillis) {
                LOG.log(Level.WARNING, "API rate limits could not be counted (the request went on): " + e.getMessage());
            }
            return OptionalLong.empty();
        }
    }

    /** Seconds until one whole request has dripped back into a bucket holding {@code available} (at least 1). */
    static long waitSeconds(double available, int perMinute) {
        return Math.max(1, (long) Math.ceil((1 - available) * 60.0 / perMinute));
    }

    /**
     * A bucket idle for a minute is full, which is the same as no bucket: such rows go, once a minute per server
     * (a second statement then, never more).
     */
    private void cleanIfDue(Connection connection, long nowMillis) throws SQLException {
        long due = nextCleaning.get();
        if (nowMillis < due || !nextCleaning.compareAndSet(due, nowMillis + CLEAN_EVERY_MS)) {
            return;
        }
        try (PreparedStatement clean = connection.prepareStatement("delete from api_rate_bucket where updated_at < ?")) {
            clean.setDouble(1, nowMillis / 1000.0 - 60);
            clean.executeUpdate();
        }
    }
}
