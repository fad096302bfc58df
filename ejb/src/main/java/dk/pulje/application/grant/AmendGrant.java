package dk.pulje.application.grant;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A dated change to a grant: new granted amount, total project sum and/or end date (null: unchanged).
 *
 * @param confirmedOverEnvelope as in {@link DecideGrant}: a raise past the round's envelope was seen and confirmed
 */
public record AmendGrant(long grantId, long expectedVersion, @NotNull LocalDate amendedOn, @NotBlank String reason,
                         Money newGranted, Money newTotal, LocalDate newEndDate, boolean confirmedOverEnvelope) {

    /** An amendment that has not been confirmed past the envelope. */
    public AmendGrant(long grantId, long expectedVersion, LocalDate amendedOn, String reason, Money newGranted,
                      Money newTotal, LocalDate newEndDate) {
        this(grantId, expectedVersion, amendedOn, reason, newGranted, newTotal, newEndDate, false);
    }
}
