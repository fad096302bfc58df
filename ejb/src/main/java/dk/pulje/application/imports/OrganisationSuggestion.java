package dk.pulje.application.imports;

/** An existing organisation whose name or alias looks like a name in the file. */
public record OrganisationSuggestion(long id, String name) {
}
