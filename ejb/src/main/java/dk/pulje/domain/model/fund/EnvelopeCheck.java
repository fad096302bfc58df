package dk.pulje.domain.model.fund;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.shared.RuleViolation;

import java.util.Optional;

/**
 * Whether a grant fits in its round's envelope (ramme), given what the round has already granted to its other
 * projects. Going past the envelope is a decision a fund may take, but never by accident: the interface asks
 * {@link #excessWith} to warn, and the grant command passes on whether the administrator confirmed it.
 *
 * @param envelope         the round's envelope; null when the round states none (then nothing can exceed it)
 * @param grantedElsewhere Σ granted to the round's other projects
 */
public record EnvelopeCheck(Money envelope, Money grantedElsewhere) {

    /** For a project without a round, or a round without an envelope: nothing to exceed. */
    public static final EnvelopeCheck NONE = new EnvelopeCheck(null, Money.zero(Money.DKK));

    public EnvelopeCheck {
        grantedElsewhere = grantedElsewhere == null ? Money.zero(Money.DKK) : grantedElsewhere;
    }

    /** By how much the round would exceed its envelope if {@code amount} were granted; empty when it fits. */
    public Optional<Money> excessWith(Money amount) {
        if (envelope == null || amount == null) {
            return Optional.empty();
        }
        Money after = grantedElsewhere.plus(amount);
        return after.isGreaterThan(envelope) ? Optional.of(after.minus(envelope)) : Optional.empty();
    }

    /** Refuses a grant past the envelope unless the administrator confirmed that the envelope may be exceeded. */
    public void require(Money amount, boolean confirmedOverEnvelope) {
        Optional<Money> excess = excessWith(amount);
        if (excess.isPresent() && !confirmedOverEnvelope) {
            throw new RuleViolation("round.envelopeExceeded", amount, envelope, excess.get());
        }
    }
}
