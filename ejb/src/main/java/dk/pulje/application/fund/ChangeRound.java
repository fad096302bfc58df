package dk.pulje.application.fund;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The round as the editor leaves it, with the version they saw. Lowering the envelope below what the round has already
 * granted is refused unless {@code confirmedBelowGranted}: the grants stand, but the round is then past its envelope,
 * and that must be a decision, not a typing slip.
 */
public record ChangeRound(long roundId, long expectedVersion, @Size(max = 200) String name, Integer year,
                          Money envelope, LocalDate applicationDeadline, LocalDate decisionDate,
                          boolean confirmedBelowGranted) {

    /** A change that asks for no confirmation. */
    public ChangeRound(long roundId, long expectedVersion, String name, Integer year, Money envelope,
                       LocalDate applicationDeadline, LocalDate decisionDate) {
        this(roundId, expectedVersion, name, year, envelope, applicationDeadline, decisionDate, false);
    }
}
