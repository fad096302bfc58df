package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.SubPoolKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A new sub-pool of a round. It changes the round (the targets of its sub-pools add up), so it carries the version of
 * the round the editor saw.
 *
 * @param targetShare 0..1 (0.80 = 80 %); null: no target
 * @param themes      theme names; new ones are created, known ones reused whatever their case
 * @param rule        its own co-financing rule; {@link SubPoolRule#NONE}: the fund's applies
 */
public record NewSubPool(long roundId, long expectedRoundVersion, @Size(max = 200) String name,
                         @NotNull SubPoolKind kind, BigDecimal targetShare, List<@Size(max = 200) String> themes,
                            @jakarta.validation.Valid SubPoolRule rule) {

    public NewSubPool {
        themes = themes == null ? List.of() : List.copyOf(themes);
        rule = rule == null ? SubPoolRule.NONE : rule;
    }

    /** Without a rule of its own: the fund's rule applies. */
    public NewSubPool(long roundId, long expectedRoundVersion, String name, SubPoolKind kind, BigDecimal targetShare,
                      List<String> themes) {
        this(roundId, expectedRoundVersion, name, kind, targetShare, themes, SubPoolRule.NONE);
    }
}
