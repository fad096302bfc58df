package dk.pulje.application.project;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where a keyset page of projects ended: the last row's sort key (null when the row has none) and its id. The next
 * page starts right after it, whatever was added or removed meanwhile; no row is skipped or read twice.
 */
public record ProjectPosition(ProjectSort sort, Object key, long id) implements Serializable {

    public ProjectPosition {
        if (sort == null || (key == null && !sort.nullable() && sort != ProjectSort.ID)) {
            throw new IllegalArgumentException("a " + sort + " position needs a key");
        }
    }

    /**
     * The position from its text form (as written by {@link #keyText()}); IllegalArgumentException when the text is
     * not a key of the sort, so that a forged cursor is refused rather than guessed at.
     */
    public static ProjectPosition of(ProjectSort sort, String keyText, long id) {
        if (sort == ProjectSort.ID) {
            return new ProjectPosition(sort, id, id);
        }
        return new ProjectPosition(sort, keyText == null ? null : sort.readKey(keyText), id);
    }

    /** The key as text that {@link #of} reads back; null for no key. */
    public String keyText() {
        if (key == null) {
            return null;
        }
        if (key instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (key instanceof Enum<?> constant) {
            return constant.name();
        }
        return key.toString();
    }
}
