package dk.pulje.application.imports;

import java.util.Map;

/**
 * One import: which fund and round (an id or the exact name), what to do when the round does not exist yet, whether to
 * only report, and the confirmed column mapping (null: the one proposed from the headers).
 *
 * @param organisationMatches names in the file the user matched to an existing organisation (name → organisation id);
 *                            the name becomes that organisation's alias. Unmatched unknown names are created.
 */
public record ImportRequest(String fund, String round, boolean createRound, boolean dryRun, ColumnMapping mapping,
                            Map<String, Long> organisationMatches) {

    public ImportRequest {
        organisationMatches = organisationMatches == null ? Map.of() : Map.copyOf(organisationMatches);
    }
}
