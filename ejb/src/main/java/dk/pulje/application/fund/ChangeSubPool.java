package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.SubPoolKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-pool as the editor leaves it, its own co-financing rule included, with the version of its round they saw (see
 * {@link NewSubPool}).
 */
public record ChangeSubPool(long roundId, long expectedRoundVersion, long subPoolId, @Size(max = 200) String name,
                            @NotNull SubPoolKind kind, BigDecimal targetShare, List<@Size(max = 200) String> themes,
                            @jakarta.validation.Valid SubPoolRule rule) {

    public ChangeSubPool {
        themes = themes == null ? List.of() : List.copyOf(themes);
        rule = rule == null ? SubPoolRule.NONE : rule;
    }

    /** Without a rule of its own (saving removes one): the fund's rule applies. */
    public ChangeSubPool(long roundId, long expectedRoundVersion, long subPoolId, String name, SubPoolKind kind,
                         BigDecimal targetShare, List<String> themes) {
        this(roundId, expectedRoundVersion, subPoolId, name, kind, targetShare, themes, SubPoolRule.NONE);
    }
}
