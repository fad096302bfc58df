package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;

import java.time.LocalDate;

/** A round of a fund, as {@code GET /api/v1/funds/{id}/rounds} lists it. */
public record RoundEntry(long id, String name, Integer year, Money envelope, LocalDate applicationDeadline,
                         LocalDate decisionDate) {
}
