package dk.pulje.application.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How one audited entity type appears in a project's history: its area, how an item is named, and which properties
 * are compared between revisions.
 */
record AuditedPart<T>(Class<T> type, String area, Function<T, Object> item, Map<String, Function<T, Object>> fields) {

    static <T> Builder<T> of(Class<T> type, String area) {
        return new Builder<>(type, area);
    }

    static final class Builder<T> {
        private final Class<T> type;
        private final String area;
        private Function<T, Object> item = t -> null;
        private final Map<String, Function<T, Object>> fields = new LinkedHashMap<>();

        private Builder(Class<T> type, String area) {
            this.type = type;
            this.area = area;
        }

        Builder<T> item(Function<T, Object> naming) {
            this.item = naming;
            return this;
        }

        Builder<T> field(String name, Function<T, Object> value) {
            fields.put(name, value);
            return this;
        }

        AuditedPart<T> build() {
            return new AuditedPart<>(type, area, item, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields)));
        }
    }
}
