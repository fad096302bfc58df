package dk.pulje.application.worklist;

import dk.pulje.domain.model.money.Money;

import java.math.BigDecimal;

/** A grant whose payment plan does not yet cover the granted amount: granted − Σ planned > 0. */
public record UnplannedGrant(long grantId, long projectId, String projectTitle, String ownerName, String fundName,
                             Money granted, Money planned, Money unplanned) {

    /** As the list's query reads it: Σ planned as the database sums it (null when nothing is planned). */
    public UnplannedGrant(long grantId, long projectId, String projectTitle, String ownerName, String fundName,
                          Money granted, BigDecimal plannedSum) {
        this(grantId, projectId, projectTitle, ownerName, fundName, granted, planned(plannedSum),
                granted.minus(planned(plannedSum)));
    }

    private static Money planned(BigDecimal sum) {
        return Money.dkk(sum == null ? BigDecimal.ZERO : sum);
    }
}
