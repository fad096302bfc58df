package dk.pulje.application.shared;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds a failure's cause anywhere beneath it, because JPA, JTA, EJB and Faces each wrap a database error their own
 * way: as a cause; as a suppressed exception (Narayana's "could not commit" carries the connector's failure to commit
 * only there); or, for a JDBC batch, as an {@link SQLException}'s next exception. Cycles end the walk.
 */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure or anything beneath it (causes, suppressed exceptions, next exceptions) matches. */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> matches) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> open = new ArrayDeque<>();
        if (failure != null) {
            open.push(failure);
        }
        while (!open.isEmpty()) {
            Throwable next = open.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (matches.test(next)) {
                return true;
            }
            if (next.getCause() != null) {
                open.push(next.getCause());
            }
            for (Throwable suppressed : next.getSuppressed()) {
                open.push(suppressed);
            }
            if (next instanceof SQLException sql && sql.getNextException() != null) {
                open.push(sql.getNextException());
            }
        }
        return false;
    }
}
