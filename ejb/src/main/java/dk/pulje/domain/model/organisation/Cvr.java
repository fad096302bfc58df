package dk.pulje.domain.model.organisation;

import dk.pulje.domain.model.shared.RuleViolation;

import java.io.Serializable;

/**
 * A Danish CVR number: eight digits whose weighted sum (weights 2 7 6 5 4 3 2 1) is divisible by 11.
 * Spaces and a "DK" prefix, as people type them, are accepted and dropped.
 */
public record Cvr(String digits) implements Serializable {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

    public Cvr {
        if (digits == null || !digits.matches("\\d{8}")) {
            throw new RuleViolation("organisation.cvrFormat", digits);
        }
        if (!hasValidCheckDigit(digits)) {
            throw new RuleViolation("organisation.cvrCheckDigit", digits);
        }
    }

    /** Parses what a person typed: "DK 29 18 97 56" and "29189756" are the same number. */
    public static Cvr parse(String typed) {
        if (typed == null) {
            throw new RuleViolation("organisation.cvrFormat", "");
        }
        String cleaned = typed.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("^DK", "").replaceAll("[\\s-]", "");
        return new Cvr(cleaned);
    }

    static boolean hasValidCheckDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 0;
    }

    @Override
    public String toString() {
        return digits;
    }
}
