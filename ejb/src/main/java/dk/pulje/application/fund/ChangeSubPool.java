package dk.pulje.application.fund;

import dk.pulje.domain.model.fund.SubPoolKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** A sub-pool as the editor leaves it, with the version of its round they saw (see {@link NewSubPool}). */
public record ChangeSubPool(long roundId, long expectedRoundVersion, long subPoolId, @Size(max = 200) String name,
                            @NotNull SubPoolKind kind, BigDecimal targetShare, List<@Size(max = 200) String> themes) {

    public ChangeSubPool {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
