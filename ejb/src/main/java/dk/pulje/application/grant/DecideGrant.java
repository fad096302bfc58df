package dk.pulje.application.grant;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The fund's decision on an application, as an administrator enters it. */
public record DecideGrant(long grantId, long expectedVersion, Money granted, LocalDate decisionDate,
                          @Size(max = 50) String journalNumber, String conditions) {
}
