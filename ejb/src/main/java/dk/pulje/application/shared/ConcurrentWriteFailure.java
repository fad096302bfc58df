package dk.pulje.application.shared;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether PostgreSQL ended a transaction to break a deadlock with another (SQLSTATE 40P01) or because it could not be
 * serialised with another (40001), found anywhere in a failure's causes: the transaction was rolled back whole and the
 * same request works when sent again. {@link ConcurrencyGuard} must not report it as a newer version by someone else
 * (Hibernate wraps it in an {@code OptimisticLockException}), and the web layer answers it "try again" (TryAgain).
 */
public final class ConcurrentWriteFailure {

    private static final Set<String> STATES = Set.of("40P01", "40001");

    private ConcurrentWriteFailure() {
    }

    public static boolean isCauseOf(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConcurrent(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql) { // a batch names the statement's own error as its next exception
                for (SQLException next = sql.getNextException(); next != null && seen.add(next); next = next.getNextException()) {
                    if (isConcurrent(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isConcurrent(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState());
    }
}
