package dk.pulje.application.imports;

import dk.pulje.domain.model.organisation.OrganisationType;

import java.util.Locale;

/**
 * The kind of an organisation a list names but Pulje does not know: a list says nothing about it, so the name decides
 * ("… Kommune", "Region …", "… Bibliotek", schools by their usual words), and otherwise an association (NGO). The
 * clerk can change it on the organisation's page; it only matters for the organisation lists' filters.
 */
final class OrganisationTypes {

    private OrganisationTypes() {
    }

    static OrganisationType guess(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("kommune")) {
            return OrganisationType.MUNICIPALITY;
        }
        if (lower.startsWith("region ")) {
            return OrganisationType.REGION;
        }
        if (lower.contains("bibliotek")) {
            return OrganisationType.LIBRARY;
        }
        if (lower.matches(".*(skole|gymnas|uddannelse|college|akademi|universitet|seminari|fgu|hf|campus|learnmark"
                + "|mercantec|tech|erhvervs|efterskole|højskole).*")) {
            return OrganisationType.SCHOOL;
        }
        if (lower.matches(".*\\b(a/s|aps|i/s|ivs)\\b.*")) {
            return OrganisationType.COMPANY;
        }
        return OrganisationType.NGO;
    }
}
