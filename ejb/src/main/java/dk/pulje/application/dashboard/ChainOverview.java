package dk.pulje.application.dashboard;

import java.util.List;

/**
 * The follow-up chains of a portfolio.
 *
 * @param more there are more chains than were read (the filter narrows them)
 */
public record ChainOverview(List<FollowUpChain> chains, boolean more) {

    public ChainOverview {
        chains = List.copyOf(chains);
    }
}
