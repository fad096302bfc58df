package dk.pulje.domain.model.shared;

/** An argument of a {@link RuleViolation} that is itself a message key, translated when the message is shown. */
public record MessageKey(String key) {
    @Override
    public String toString() {
        return key;
    }
}
