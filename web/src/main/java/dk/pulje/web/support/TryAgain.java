package dk.pulje.web.support;

import dk.pulje.application.shared.ConcurrentWriteFailure;

import java.util.Optional;

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
     * be serialised with another (40001): {@link ConcurrentWriteFailure}. Pulje's own lock order is meant to leave none (docs/data-model.md, the
     * envelope's lock), so each is logged as a warning with PostgreSQL's description of the two processes.
     */
    CONCURRENT_WRITE("error.busy", "api.database.busy", "1");

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
        return ConcurrentWriteFailure.isCauseOf(failure) ? Optional.of(CONCURRENT_WRITE) : Optional.empty();
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
