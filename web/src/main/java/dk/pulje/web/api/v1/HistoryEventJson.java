package dk.pulje.web.api.v1;

import dk.pulje.application.history.ProjectChange;
import dk.pulje.domain.model.money.Money;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of a project's audit history ({@code GET /api/v1/projects/{id}/history}), newest first: when, by whom
 * ({@code changedBy} the username, {@code changedByName} the person), which part ({@code area}: project, grant,
 * amendment, payment, partner, budget, financing, report, milestone, goal), which item of it, what kind of change,
 * which field, and the values before and after as text (amounts "1234.00", dates ISO 8601, enums their names).
 * {@code event} words what a change means when it is one a clerk names (a report handed in …), in the language of
 * {@code Accept-Language}; null for a plain change of a value.
 */
public record HistoryEventJson(Instant changedAt, String changedBy, String changedByName, long revision, String area,
                               String item, String kind, String field, String before, String after, String event) {

    static HistoryEventJson of(ProjectChange change, Locale locale) {
        return new HistoryEventJson(change.changedAt(), change.changedBy(), change.changedByName(), change.revision(),
                change.area(), text(change.item()), change.kind().name(), change.field(), text(change.before()),
                text(change.after()), change.event() == null ? null : change.event().textIn(locale));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Money money) {
            return ApiValues.amount(money);
        }
        if (value instanceof java.math.BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
