package dk.pulje.application.grant;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A dated change to a grant: new granted amount, total project sum and/or end date (null: unchanged). */
public record AmendGrant(long grantId, long expectedVersion, @NotNull LocalDate amendedOn, @NotBlank String reason,
                         Money newGranted, Money newTotal, LocalDate newEndDate) {
}
