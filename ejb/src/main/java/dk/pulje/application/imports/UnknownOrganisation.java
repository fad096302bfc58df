package dk.pulje.application.imports;

import java.util.List;

/**
 * An owner named in the file that Pulje does not know by that name or alias. Stored, it is created as a new
 * organisation, unless the request matches it to an existing one ({@link ImportRequest#organisationMatches()}): then the
 * file's spelling becomes that organisation's alias.
 *
 * @param name        the name as the file spells it
 * @param rows        the rows that name it
 * @param suggestions existing organisations with a similar name or alias, closest first (may be empty)
 */
public record UnknownOrganisation(String name, List<Integer> rows, List<OrganisationSuggestion> suggestions) {

    public UnknownOrganisation {
        rows = List.copyOf(rows);
        suggestions = List.copyOf(suggestions);
    }
}
