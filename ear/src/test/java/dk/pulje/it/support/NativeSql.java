package dk.pulje.it.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Plain SQL with ordinal parameters ({@code ?1, ?2, …}) for the in-container tests that set up data no service writes
 * (thousands of generated projects for a statement count, a state to compare SQL with the domain).
 */
public final class NativeSql {

    private NativeSql() {
    }

    /** Runs an insert, update or delete. */
    public static int run(EntityManager em, String statement, Object... arguments) {
        return bind(em.createNativeQuery(statement), arguments).executeUpdate();
    }

    /** The single number a statement answers (an id, a count). */
    public static long id(EntityManager em, String statement, Object... arguments) {
        return ((Number) bind(em.createNativeQuery(statement), arguments).getSingleResult()).longValue();
    }

    private static Query bind(Query query, Object... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        return query;
    }
}
