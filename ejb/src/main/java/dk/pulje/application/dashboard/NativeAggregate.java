package dk.pulje.application.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One aggregate statement of a dashboard: native PostgreSQL with named parameters ({@code :name}). The service runs it
 * through the entity manager ({@link #rows}); {@code ./pulje bench} runs the very same text through plain JDBC
 * ({@link #jdbc}) to time the bare SQL next to the request, so that the ratio compares like with like.
 * <p>
 * Write casts as {@code cast(x as t)}, never {@code x::t}: a named parameter is a colon followed by a name.
 */
public record NativeAggregate(String sql, Map<String, Object> parameters) {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z][A-Za-z0-9_]*)");

    public NativeAggregate {
        if (sql.contains("::")) {
            throw new IllegalArgumentException("write casts as cast(x as t): " + sql);
        }
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Runs the statement; each row a tuple whose elements are named by the select list's aliases. */
    @SuppressWarnings("unchecked")
    public List<Tuple> rows(EntityManager em) {
        Query query = em.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** The statement for plain JDBC: {@code ?} for each named parameter (a collection expands to one per element). */
    public Jdbc jdbc() {
        Matcher matcher = PARAMETER.matcher(sql);
        StringBuilder text = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!parameters.containsKey(name)) {
                throw new IllegalStateException("unbound parameter :" + name);
            }
            Object value = parameters.get(name);
            String marks;
            if (value instanceof Collection<?> many) {
                values.addAll(many);
                marks = String.join(", ", java.util.Collections.nCopies(Math.max(1, many.size()), "?"));
            } else {
                values.add(value instanceof Enum<?> constant ? constant.name() : value);
                marks = "?";
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(marks));
        }
        matcher.appendTail(text);
        return new Jdbc(text.toString(), List.copyOf(values));
    }

    /** A statement for {@link java.sql.PreparedStatement}: bind {@code values} in order, from index 1. */
    public record Jdbc(String sql, List<Object> values) {
    }
}
