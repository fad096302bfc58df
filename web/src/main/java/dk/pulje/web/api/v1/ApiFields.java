package dk.pulje.web.api.v1;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.v1.support.FieldRules;

import java.math.BigDecimal;

/**
 * The fields a money write cannot do without, refused by name (422, {@code errors[].field}) before the service is
 * called, and amounts turned into {@link Money} with the field named if the domain refuses one (fractions of øre).
 * Whether an amount is positive, within the grant and so on is the domain's to say, with its own messages.
 */
final class ApiFields {

    private ApiFields() {
    }

    static <T> T required(String field, T value) {
        return FieldRules.at(field, () -> {
            if (value == null) {
                throw new RuleViolation("api.field.required");
            }
            return value;
        });
    }

    /** The amount, or null when the field was left out. */
    static Money amount(String field, BigDecimal kroner) {
        return kroner == null ? null : FieldRules.at(field, () -> Money.dkk(kroner));
    }

    static Money requiredAmount(String field, BigDecimal kroner) {
        return amount(field, required(field, kroner));
    }
}
