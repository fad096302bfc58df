package dk.pulje.application.project;

/**
 * The columns a project list can be sorted by, each with the JPQL expression it sorts on. A closed set: no
 * text from a request ever reaches the query.
 * <p>
 * The order ends in the project's id, in the same direction, so that pages never overlap. Unknown values (null) come
 * last in both directions; a column that is never null says no {@code nulls} clause, so that PostgreSQL can read its
 * index forwards for ascending and backwards for descending (V4_1 has the indexes; a nullable column needs one per
 * direction, because "nulls last" reverses into "nulls first").
 */
public enum ProjectSort {
    TITLE("lower(p.title)", false),
    FUND("f.shortName", false),
    ROUND("r.name", true),
    OWNER("lower(o.name)", true),
    TOWN("p.town", true),
    STATUS("p.status", false),
    TOTAL("p.totalSum.amount", true),
    GRANTED("g.granted.amount", true);

    private final String expression;
    private final boolean nullable;

    ProjectSort(String expression, boolean nullable) {
        this.expression = expression;
        this.nullable = nullable;
    }

    /** The JPQL order-by list for this column in the given direction. */
    String orderBy(boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        return expression + direction + (nullable ? " nulls last" : "") + ", p.id" + direction;
    }
}
