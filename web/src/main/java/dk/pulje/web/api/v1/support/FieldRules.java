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

    /**
     * Runs a write and places the rules it may break by their message keys ({@code organisation.cvrTaken} is about
     * {@code cvr}); a rule not in the map stays unplaced (field null).
     */
    public static <T> T byKey(java.util.Map<String, String> fields, Supplier<T> write) {
        try {
            return write.get();
        } catch (FieldViolation alreadyPlaced) {
            throw alreadyPlaced;
        } catch (RuleViolation violation) {
            String field = fields.get(violation.key());
            if (field == null || violation instanceof dk.pulje.domain.model.shared.ConcurrentChange) {
                throw violation;
            }
            throw new FieldViolation(field, violation);
        }
    }

    /** {@link #byKey} for a write that answers nothing. */
    public static void byKey(java.util.Map<String, String> fields, Runnable write) {
        byKey(fields, () -> {
            write.run();
            return null;
        });
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
