package dk.pulje.web.api.v1;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;

import java.math.BigDecimal;

/**
 * Amounts and required fields as the money writes read them: an amount is a string such as {@code "1234.50"} (as the
 * API writes them), never a binary float; one that is not a plain decimal is a rule violation with a message in the
 * caller's language, like every other refused value. Whether it is positive, within the grant and so on is the
 * domain's to say, with its own messages.
 */
final class MoneyInput {

    /** Longer than any amount Pulje stores (15 digits, 2 decimals): no need to parse a megabyte of digits. */
    private static final int MAX_LENGTH = 40;

    private MoneyInput() {
    }

    /** The amount, or null when the field was left out. */
    static Money optional(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip();
        if (plain.isEmpty() || plain.length() > MAX_LENGTH || !plain.matches("-?\\d+(\\.\\d+)?")) {
            throw new RuleViolation("api.money.notAnAmount", plain.length() > MAX_LENGTH ? plain.substring(0, MAX_LENGTH) + "…" : plain);
        }
        return Money.dkk(new BigDecimal(plain));
    }

    static Money amount(String text, String field) {
        return required(optional(text), field);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new RuleViolation("api.field.required", field);
        }
        return value;
    }
}
