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
 */
public record NewSubPool(long roundId, long expectedRoundVersion, @Size(max = 200) String name,
                         @NotNull SubPoolKind kind, BigDecimal targetShare, List<@Size(max = 200) String> themes) {

    public NewSubPool {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
