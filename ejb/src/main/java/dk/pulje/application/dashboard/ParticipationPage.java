package dk.pulje.application.dashboard;

import java.util.List;

/**
 * A page of {@link OrganisationParticipation}, the most active organisations first.
 *
 * @param organisations how many organisations take part in the filtered projects in all
 */
public record ParticipationPage(List<OrganisationParticipation> rows, long organisations, int offset, int limit) {

    public ParticipationPage {
        rows = List.copyOf(rows);
    }

    public boolean hasMore() {
        return offset + rows.size() < organisations;
    }
}
