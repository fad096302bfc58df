package dk.pulje.web.support;

import dk.pulje.application.shared.Causes;

import java.sql.SQLException;

/**
 * Whether a failure means "the database cannot be reached right now" (PostgreSQL stopped, crashed, restarting or still
 * recovering, or no connection to be had from the pool), as opposed to a bug. Such a request is answered 503 with
 * "try again" (API: problem details, pages: {@link TryAgainPage}; see {@link TryAgain}) rather than 500 with an incident: nothing
 * is wrong with the request, and it will work once the database is back; the datasource drops the broken connections
 * and makes new ones by itself (configure-server.cli, docs/operations.md "Faults and recovery").
 * <p>
 * Recognised anywhere in the cause chain, because JPA, JTA, EJB and Faces each wrap it their own way: an
 * {@link SQLException} of SQLSTATE class 08 (connection exception) or 57P01–57P03 (shut down, crashed, starting up),
 * Hibernate's {@code JDBCConnectionException}, or the connector's {@code jakarta.resource.ResourceException}
 * (IronJacamar cannot give a connection). Hibernate's by class name: it is not on the web module's compile path.
 */
public final class DatabaseUnavailable {

    /** Seconds a client may wait before it tries again ({@code Retry-After}): about what a restart of PostgreSQL takes. */
    public static final String RETRY_AFTER_SECONDS = "10";

    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";

    private DatabaseUnavailable() {
    }

    public static boolean isCauseOf(Throwable failure) {
        return Causes.anyMatch(failure, DatabaseUnavailable::isUnreachable);
    }

    private static boolean isUnreachable(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                return true;
            }
        }
        if (cause instanceof jakarta.resource.ResourceException) {
            return true;
        }
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (HIBERNATE_CONNECTION_FAILURE.equals(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
