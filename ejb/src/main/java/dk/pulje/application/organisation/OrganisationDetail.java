package dk.pulje.application.organisation;

import java.io.Serializable;

import dk.pulje.domain.model.organisation.Cvr;
import dk.pulje.domain.model.organisation.OrganisationType;

import java.util.List;

/**
 * An organisation as its page shows it: its fields at the version the editor opens, its aliases and contact persons,
 * and the projects it owns or takes part in that the caller may read ({@code otherProjects} counts the rest).
 */
public record OrganisationDetail(long id, long version, String name, OrganisationType type, Cvr cvr, String town,
                                 String municipality, String region, String country, List<String> aliases,
                                 List<ContactSummary> contacts, List<OrganisationProject> projects, long otherProjects) implements Serializable {

    public OrganisationDetail {
        aliases = List.copyOf(aliases);
        contacts = List.copyOf(contacts);
        projects = List.copyOf(projects);
    }
}
