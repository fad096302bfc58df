package dk.pulje.application.worklist;

/**
 * A column a work list can be sorted by. Each list has its own closed set (an enum), so no text from a request ever
 * reaches the query; the order ends in the row's id in the same direction, so that pages never overlap.
 */
public interface WorkListSort {

    /** The JPQL order-by list for this column in the given direction. */
    String orderBy(boolean ascending);

    /** The order-by list for an expression, the row's id as tie-breaker; a nullable one puts the unknowns last. */
    static String orderBy(String expression, boolean nullable, String id, boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return expression + direction + (nullable ? " nulls last" : "") + ", " + id + direction;
    }
}
