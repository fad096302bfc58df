package dk.pulje.domain.model.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A share (0.80) that a {@link RuleViolation} shows as a percentage in the reader's language ("80 %", "80%"), so that
 * a clerk never reads "0,8" where the fund's papers say 80 %.
 */
public record Percent(BigDecimal share) {
    public Percent {
        Objects.requireNonNull(share, "share");
    }
}
