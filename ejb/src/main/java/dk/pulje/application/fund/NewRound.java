package dk.pulje.application.fund;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A new round (ansøgningsrunde) of a fund; year, envelope and dates may still be unknown. */
public record NewRound(long fundId, @Size(max = 200) String name, Integer year, Money envelope,
                       LocalDate applicationDeadline, LocalDate decisionDate) {
}
