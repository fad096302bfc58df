package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;

import java.math.BigDecimal;

/**
 * One row of the project list. Amounts are null when unknown; {@code paid} is Σ paid of the grant: 0 kr. for a grant
 * nothing has been paid on yet, unknown for a project without a grant.
 */
public record ProjectSummary(long id, String title, String fundName, String roundName, String ownerName, String town,
                             ProjectStatus status, Money totalSum, Money granted, Money paid) {

    /** As the list's query reads it: Σ paid as the database sums it (null when nothing was paid or there is no grant). */
    public ProjectSummary(long id, String title, String fundName, String roundName, String ownerName, String town,
                          ProjectStatus status, Money totalSum, Money granted, Long grantId, BigDecimal paidSum) {
        this(id, title, fundName, roundName, ownerName, town, status, totalSum, granted,
                paidSum != null ? Money.dkk(paidSum) : grantId != null ? Money.dkk(BigDecimal.ZERO) : null);
    }
}
