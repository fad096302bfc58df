package dk.pulje.domain.model.shared;

import jakarta.ejb.ApplicationException;

import java.time.Instant;
import java.util.Date;

/**
 * Someone else saved the same thing after this editor opened it. Nothing of this editor's change is saved; the message
 * says who changed it and when, so that they can reload and decide.
 */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final String changedBy;
    private final Instant changedAt;

    /** @param subjectKey what was changed, as a message key such as {@code subject.grant} */
    public ConcurrentChange(String subjectKey, String changedBy, Instant changedAt) {
        super(changedAt == null ? "concurrent.change.unknown" : "concurrent.change",
                new MessageKey(subjectKey), changedBy == null ? "?" : changedBy,
                changedAt == null ? null : Date.from(changedAt));
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
