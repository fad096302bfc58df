package dk.pulje.application.history;

import java.io.Serializable;

import java.time.Instant;

/**
 * One line of a project's history: who changed what, when, from what to what.
 *
 * @param area   what part of the project: project, grant, amendment, payment, partner, budget, financing, report,
 *               milestone (labels {@code history.area.*})
 * @param item   which one of that part (a partner's name, a budget category …); null for the project and its grant
 * @param field  the property that changed (labels {@code history.field.*}); null when the item was added or removed
 * @param before the value before (Money, LocalDate, an enum or text); null when added or unknown
 * @param after  the value after; null when removed or unknown
 * @param changedByName the name of the person behind {@code changedBy}, as the history says it; the username when
 *                      the account is gone
 * @param event  what the change means, when it is an event a clerk names in a sentence of its own (a report handed
 *               in, returned with comments, approved, its accounts approved with what was unspent and is to be paid
 *               back); null for a plain change of a value
 */
public record ProjectChange(Instant changedAt, String changedBy, long revision, String area, Object item,
                            ChangeKind kind, String field, Object before, Object after, String changedByName,
                            HistoryEvent event) implements Serializable {

    /** A change that is no more than its values (most are). */
    public ProjectChange(Instant changedAt, String changedBy, long revision, String area, Object item, ChangeKind kind,
                         String field, Object before, Object after, String changedByName) {
        this(changedAt, changedBy, revision, area, item, kind, field, before, after, changedByName, null);
    }

    /** The same change with its item and values passed through {@code resolve} (names looked up after the fact). */
    ProjectChange map(java.util.function.Function<Object, Object> resolve) {
        return new ProjectChange(changedAt, changedBy, revision, area, resolve.apply(item), kind, field,
                resolve.apply(before), resolve.apply(after), changedByName, event);
    }

    ProjectChange withName(String name) {
        return new ProjectChange(changedAt, changedBy, revision, area, item, kind, field, before, after, name, event);
    }

    ProjectChange withEvent(HistoryEvent meaning) {
        return new ProjectChange(changedAt, changedBy, revision, area, item, kind, field, before, after, changedByName,
                meaning);
    }

    public enum ChangeKind {
        ADDED,
        CHANGED,
        REMOVED
    }
}
