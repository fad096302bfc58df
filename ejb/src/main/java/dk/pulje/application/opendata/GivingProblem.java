package dk.pulje.application.opendata;

/**
 * A reason a 360Giving grant is not published: the rule it breaks and the field where. Shown as {@code RULE(field)}.
 */
public record GivingProblem(Rule rule, String field) {

    /** The checks of 360Giving's data-quality tool that apply to Pulje's data, and the schema's required fields. */
    public enum Rule {
        /** A field the schema requires is missing (a grant without a recipient, a description or an award date). */
        REQUIRED_FIELD,
        /** An amount of 0: the quality tool flags zero-value grants. */
        ZERO_AMOUNT,
        /** A date that is not a date, or one before 1900 or after 2100. */
        IMPOSSIBLE_DATE,
        /** A planned end before the planned start. */
        START_AFTER_END,
        /** An award date after today. */
        AWARD_DATE_IN_FUTURE,
        /** An organisation identifier that does not look like one (OpenDataIds.looksValid). */
        ORGANISATION_ID
    }

    @Override
    public String toString() {
        return rule + "(" + field + ")";
    }
}
