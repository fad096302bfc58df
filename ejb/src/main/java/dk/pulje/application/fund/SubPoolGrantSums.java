package dk.pulje.application.fund;

import java.math.BigDecimal;

/** The aggregate over one sub-pool's applications, read with {@code select new}; granted is null when nothing is. */
public record SubPoolGrantSums(long subPoolId, long grants, BigDecimal granted) {
}
