package dk.pulje.application.project;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.project.ProjectStatus;

/** One row of the project list. Amounts are null when unknown. */
public record ProjectSummary(long id, String title, String fundName, String roundName, String ownerName, String town,
                             ProjectStatus status, Money totalSum, Money granted) {
}
