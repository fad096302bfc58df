package dk.pulje.application.fund;

import java.math.BigDecimal;

/**
 * The aggregate over a round's applications, read with {@code select new} (never by position). Sums are null when no
 * amount is known.
 *
 * @param grantsUnknown decided grants whose amount is not known
 */
public record RoundGrantSums(long applications, BigDecimal applied, long appliedKnown, BigDecimal granted,
                             long grantedKnown, long grantsUnknown) {
}
