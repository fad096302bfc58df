package dk.pulje.application.organisation;

import java.io.Serializable;

import dk.pulje.domain.model.organisation.Cvr;
import dk.pulje.domain.model.organisation.OrganisationType;

/** An organisation as lists and look-ups show it. */
public record OrganisationSummary(long id, long version, String name, OrganisationType type, Cvr cvr, String town) implements Serializable {
}
