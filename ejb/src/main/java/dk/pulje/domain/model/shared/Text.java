package dk.pulje.domain.model.shared;

/** Small checks on text that entities share. */
public final class Text {

    private Text() {
    }

    /** Stripped text; blank is refused with the message {@code required} naming the field by its key. */
    public static String required(String value, String fieldKey) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("field.required", new MessageKey("field." + fieldKey));
        }
        return value.strip();
    }

    /** Stripped text, or null for blank: optional fields store "nothing" one way only. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
