package dk.pulje.web.support;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Failures after which the very same request will work in a moment: answered 503 with {@code Retry-After} and words
 * that say so (API: problem details; pages: {@link TryAgainPage}; clicks: a partial response), never 500 with an
 * incident. In both cases PostgreSQL has rolled the transaction back whole, so nothing is half-written.
 */
public enum TryAgain {

    /** The database is away: stopped, crashed, restarting, or no connection to be had ({@link DatabaseUnavailable}). */
    DATABASE_AWAY("error.unavailable", "api.database.unavailable", DatabaseUnavailable.RETRY_AFTER_SECONDS),

    /**
     * PostgreSQL ended the transaction to break a deadlock with another one (SQLSTATE 40P01) or because it could not
     * be serialised with another (40001). Pulje's own lock order is meant to leave none (docs/data-model.md, the
     * envelope's lock), so each is logged as a warning with PostgreSQL's description of the two processes.
     */
    CONCURRENT_WRITE("error.busy", "api.database.busy", "1");

    private static final Set<String> CONCURRENT_STATES = Set.of("40P01", "40001");

    private final String pageKey;
    private final String apiKey;
    private final String retryAfterSeconds;

    TryAgain(String pageKey, String apiKey, String retryAfterSeconds) {
        this.pageKey = pageKey;
        this.apiKey = apiKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Which of the two the failure is, found anywhere in its causes (JPA, JTA, EJB and Faces each wrap their own way). */
    public static Optional<TryAgain> of(Throwable failure) {
        if (failure == null) {
            return Optional.empty();
        }
        if (DatabaseUnavailable.isCauseOf(failure)) {
            return Optional.of(DATABASE_AWAY);
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConcurrent(cause)) {
                return Optional.of(CONCURRENT_WRITE);
            }
            if (cause instanceof SQLException sql) { // a batch names the statement's own error as its next exception
                for (SQLException next = sql.getNextException(); next != null && seen.add(next); next = next.getNextException()) {
                    if (isConcurrent(next)) {
                        return Optional.of(CONCURRENT_WRITE);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isConcurrent(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && CONCURRENT_STATES.contains(sql.getSQLState());
    }

    /** The page's heading; {@link #textKey()} is its sentence (messages*.properties of the web module). */
    public String titleKey() {
        return pageKey;
    }

    public String textKey() {
        return pageKey + ".text";
    }

    /** The problem's detail for the API (the domain's messages*.properties). */
    public String apiKey() {
        return apiKey;
    }

    public String retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
