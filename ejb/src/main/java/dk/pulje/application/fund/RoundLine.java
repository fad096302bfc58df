package dk.pulje.application.fund;

import java.io.Serializable;

import dk.pulje.domain.model.money.Money;

import java.time.LocalDate;

/** One round in its fund's list. */
public record RoundLine(long id, long version, String name, Integer year, Money envelope, LocalDate applicationDeadline,
                        LocalDate decisionDate) implements Serializable {
}
