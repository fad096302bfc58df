package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;

import java.time.LocalDate;

/**
 * A dated amendment of a running grant: a new granted amount and/or total project sum and/or end date (null:
 * unchanged), with the reason. The previous values are kept on the amendment.
 *
 * @param confirmedOverEnvelope a raise past the round's envelope was seen and confirmed
 */
public record AmendProjectGrant(long projectId, long expectedVersion, long expectedGrantVersion, LocalDate amendedOn,
                                String reason, Money newGranted, Money newTotal, LocalDate newEndDate,
                                boolean confirmedOverEnvelope) {
}
