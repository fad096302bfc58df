package dk.pulje.application.grant;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The fund's decision on an application, as an administrator enters it.
 *
 * @param confirmedOverEnvelope the administrator saw that the grant takes the round past its envelope
 *                              ({@link GrantService#envelopeExcess}) and confirmed it
 */
public record DecideGrant(long grantId, long expectedVersion, Money granted, LocalDate decisionDate,
                          @Size(max = 50) String journalNumber, String conditions, boolean confirmedOverEnvelope) {

    /** A decision that has not been confirmed past the envelope. */
    public DecideGrant(long grantId, long expectedVersion, Money granted, LocalDate decisionDate, String journalNumber,
                       String conditions) {
        this(grantId, expectedVersion, granted, decisionDate, journalNumber, conditions, false);
    }
}
