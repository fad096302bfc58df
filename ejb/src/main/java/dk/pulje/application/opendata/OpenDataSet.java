package dk.pulje.application.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything an open-data file of a round or a fund holds, read in one request: the decided grants and, per project,
 * its tranches, partners and result goals.
 *
 * @param generated when the set was read (the files' generation time)
 * @param today     the funders' today: award dates after it are not published
 */
public record OpenDataSet(OpenDataScope scope, OffsetDateTime generated, LocalDate today, List<OpenDataGrant> grants,
                          Map<Long, List<OpenDataTranche>> tranches, Map<Long, List<OpenDataPartner>> partners,
                          Map<Long, List<OpenDataGoal>> goals) {

    public OpenDataSet {
        grants = List.copyOf(grants);
        tranches = Map.copyOf(tranches);
        partners = Map.copyOf(partners);
        goals = Map.copyOf(goals);
    }

    public List<OpenDataTranche> tranchesOf(long projectId) {
        return tranches.getOrDefault(projectId, List.of());
    }

    public List<OpenDataPartner> partnersOf(long projectId) {
        return partners.getOrDefault(projectId, List.of());
    }

    public List<OpenDataGoal> goalsOf(long projectId) {
        return goals.getOrDefault(projectId, List.of());
    }
}
