package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.domain.model.organisation.OrganisationType;

/**
 * One organisation's part in the portfolio: projects in all (each once), as owner, as partner, and Σ granted and
 * Σ total of those projects (of which some amounts may be unknown).
 */
public record OrganisationParticipation(long organisationId, String name, OrganisationType type, String town,
                                        long projects, long asOwner, long asPartner, MoneyTotal granted,
                                        MoneyTotal total) {
}
