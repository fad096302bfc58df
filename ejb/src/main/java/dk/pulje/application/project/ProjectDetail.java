package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the read-only project page shows. Every field that a source may not state is nullable. */
public record ProjectDetail(long id, String title, String summary, ProjectType type, ProjectStatus status,
                            String fundName, String funderName, String roundName, String subPoolName,
                            String ownerName, String town, LocalDate startDate, LocalDate endDate,
                            Money totalSum, Money granted) {

    /** Granted ÷ total project sum, when both are known and the total is not zero. */
    public BigDecimal supportShare() {
        if (totalSum == null || granted == null) {
            return null;
        }
        return granted.shareOf(totalSum).orElse(null);
    }

    /** Σ co-financing = total − granted: what the owner and partners must bring. */
    public Money coFinancing() {
        return totalSum == null || granted == null ? null : totalSum.minus(granted);
    }
}
