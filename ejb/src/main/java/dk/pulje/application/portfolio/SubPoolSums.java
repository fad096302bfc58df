package dk.pulje.application.portfolio;

import dk.pulje.domain.model.fund.SubPoolKind;

import java.math.BigDecimal;

/**
 * One row of the aggregate over a sub-pool's grants (of the projects the caller sees), read with {@code select new}.
 *
 * @param granted Σ granted; null when nothing was granted from the sub-pool
 */
public record SubPoolSums(long roundId, long id, String name, SubPoolKind kind, BigDecimal targetShare, long projects,
                          BigDecimal granted) {
}
