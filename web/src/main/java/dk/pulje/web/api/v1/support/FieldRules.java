package dk.pulje.web.api.v1.support;

import dk.pulje.domain.model.shared.RuleViolation;

import java.util.function.Supplier;

/**
 * Ties a rule of the domain to the field of the request it judged: a negative amount in the third budget line is
 * refused by the domain's own rule and message ({@code money.negative}), and the client learns it is
 * {@code budgetLines[2].amount}. The problem mapper answers it as 422 with that field in {@code errors}.
 */
public final class FieldRules {

    private FieldRules() {
    }

    public static <T> T at(String field, Supplier<T> check) {
        try {
            return check.get();
        } catch (FieldViolation alreadyPlaced) {
            throw alreadyPlaced;
        } catch (RuleViolation violation) {
            throw new FieldViolation(field, violation);
        }
    }

    /** A broken rule and the field of the request it is about. */
    public static final class FieldViolation extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final transient RuleViolation violation;

        FieldViolation(String field, RuleViolation violation) {
            super(violation.key(), null, false, false);
            this.field = field;
            this.violation = violation;
        }

        public String field() {
            return field;
        }

        public RuleViolation violation() {
            return violation;
        }
    }
}
