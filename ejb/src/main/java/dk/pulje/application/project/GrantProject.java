package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The fund says yes: the decision on the grant and the move to "granted", in one transaction.
 *
 * @param expectedGrantVersion  the grant's version as the editor saw it; null when the project had no grant yet
 * @param confirmedOverEnvelope the administrator saw by how much the round's envelope is passed and confirmed it
 */
public record GrantProject(long projectId, long expectedVersion, Long expectedGrantVersion, Money granted,
                           Long subPoolId, @Size(max = 50) String journalNumber, LocalDate decisionDate,
                           String conditions, boolean confirmedOverEnvelope) {
}
