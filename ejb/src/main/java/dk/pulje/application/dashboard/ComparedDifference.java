package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/**
 * A column of a comparison less the first column: counts and kroner as signed differences, shares as percentage points
 * written as fractions (0.0512 = 5,12 point). Null where either side is unknown.
 */
public record ComparedDifference(long projects, Money envelope, Money applied, Money granted, Money paid, Money total,
                                 BigDecimal supportSharePoints, BigDecimal cofinancingPoints) {
}
