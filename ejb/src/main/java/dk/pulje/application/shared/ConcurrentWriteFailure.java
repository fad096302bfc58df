package dk.pulje.application.shared;

import java.sql.SQLException;
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
        return Causes.anyMatch(failure, ConcurrentWriteFailure::isConcurrent);
    }

    private static boolean isConcurrent(Throwable cause) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && STATES.contains(sql.getSQLState());
    }
}
