package dk.pulje.application.fund;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The round as the editor leaves it, with the version they saw. */
public record ChangeRound(long roundId, long expectedVersion, @Size(max = 200) String name, Integer year,
                          Money envelope, LocalDate applicationDeadline, LocalDate decisionDate) {
}
