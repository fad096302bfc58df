package dk.pulje.application.shared;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds a failure's cause anywhere in its chain, because JPA, JTA, EJB and Faces each wrap a database error their own
 * way, and a JDBC batch names the statement's own error only as its next exception. Cycles end the walk.
 */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure, one of its causes, or a next exception of an {@link SQLException} among them matches. */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (matches.test(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.add(next); next = next.getNextException()) {
                    if (matches.test(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
