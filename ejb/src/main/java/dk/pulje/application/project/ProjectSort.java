package dk.pulje.application.project;

import dk.pulje.domain.model.project.ProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The columns a project list can be sorted by, each with the JPQL expression it sorts on. A closed set: no
 * text from a request ever reaches the query.
 * <p>
 * The order ends in the project's id, in the same direction, so that pages never overlap. Unknown values (null) come
 * last in both directions; a column that is never null says no {@code nulls} clause, so that PostgreSQL can read its
 * index forwards for ascending and backwards for descending (V4_1 and V30 have the indexes; a nullable column needs
 * one per direction, because "nulls last" reverses into "nulls first").
 * <p>
 * Keyset paging ({@link ProjectCatalogService#page}) continues after a {@link ProjectPosition}: the last row's sort
 * key and id. {@link #seek} is the condition "comes after that position" in exactly this order, nulls included.
 */
public enum ProjectSort {
    TITLE("lower(p.title)", false, text -> text),
    FUND("f.shortName", false, text -> text),
    ROUND("r.name", true, text -> text),
    OWNER("lower(o.name)", true, text -> text),
    TOWN("p.town", true, text -> text),
    STATUS("p.status", false, ProjectStatus::valueOf),
    TOTAL("p.totalSum.amount", true, BigDecimal::new),
    GRANTED("g.granted.amount", true, BigDecimal::new),
    /** The project's id alone: the order in which projects were registered (the API's default). */
    ID("p.id", false, Long::valueOf),
    START_DATE("p.startDate", true, LocalDate::parse);

    private final String expression;
    private final boolean nullable;
    private final Function<String, Object> keyReader;

    ProjectSort(String expression, boolean nullable, Function<String, Object> keyReader) {
        this.expression = expression;
        this.nullable = nullable;
        this.keyReader = keyReader;
    }

    /** The JPQL order-by list for this column in the given direction. */
    String orderBy(boolean ascending) {
        String direction = ascending ? " asc" : " desc";
        if (this == ID) {
            return "p.id" + direction;
        }
        return expression + direction + (nullable ? " nulls last" : "") + ", p.id" + direction;
    }

    /** The expression whose value is a row's sort key (the first part of its position). */
    String key() {
        return expression;
    }

    /**
     * The rows after a position in {@link #orderBy} order, with parameters {@code :seekKey} (absent when the position's
     * key is null) and {@code :seekId}. Nulls come last in both directions: after a row with a key come the greater
     * (or lesser) keys, the same key with a greater (lesser) id, then every null; after a null only nulls with a
     * greater (lesser) id.
     */
    String seek(boolean ascending, boolean afterNull) {
        String after = ascending ? " > " : " < ";
        String byId = "p.id" + after + ":seekId";
        if (this == ID) {
            return " (" + byId + ") ";
        }
        if (afterNull) {
            return " (" + expression + " is null and " + byId + ") ";
        }
        String keyed = expression + after + ":seekKey or (" + expression + " = :seekKey and " + byId + ")";
        return " (" + keyed + (nullable ? " or " + expression + " is null" : "") + ") ";
    }

    /** Reads a key written by {@link ProjectPosition#keyText()}; IllegalArgumentException when it is not one. */
    Object readKey(String text) {
        return keyReader.apply(text);
    }

    /** Whether rows may have no key (null), and so a position without one. */
    boolean nullable() {
        return nullable;
    }
}
