package dk.pulje.application.fund;

import dk.pulje.domain.model.money.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The fund's funder, names and own-financing rule as the editor leaves them, with the version they saw. */
public record ChangeFund(long fundId, long expectedVersion, @NotNull Long funderId, @Size(max = 300) String name,
                         @Size(max = 100) String shortName, BigDecimal ownFinancingMinimumShare,
                         Money ownFinancingThreshold) {
}
