package dk.pulje.web.dashboards;

import dk.pulje.application.dashboard.FilterOptions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * Backs {@code /dashboards/index.xhtml}, "Overblik": the questions regional staff and fund administrators ask, each a
 * link to the view that answers it; a question about one round offers the caller's latest rounds, so that the answer
 * is two clicks from the start page (menu, then round).
 */
@Named
@RequestScoped
public class DashboardHubBacking {

    /** Rounds offered per question; older ones are chosen in the filter bar. */
    static final int ROUNDS_OFFERED = 6;

    @Inject
    private DashboardFilters filters;

    /** The rounds a question offers: the one filtered on, else the caller's rounds (newest first per fund), at most six. */
    public List<FilterOptions.Option> getRounds() {
        List<FilterOptions.Option> rounds = filters.getOptions().rounds();
        Long chosen = filters.getFilter().round();
        if (chosen != null) {
            return rounds.stream().filter(r -> r.id() == chosen).toList();
        }
        return rounds.stream().limit(ROUNDS_OFFERED).toList();
    }

    public boolean isMoreRounds() {
        return filters.getFilter().round() == null && filters.getOptions().rounds().size() > ROUNDS_OFFERED;
    }

    /**
     * Question 6 in two clicks: the caller's funds side by side ({@code fund=…&fund=…}, at most ten, the compare
     * page's limit); empty when the caller reads fewer than two funds.
     */
    public String getCompareFundsQuery() {
        List<FilterOptions.Option> funds = filters.getOptions().funds();
        return funds.size() < 2 ? "" : join("fund", funds);
    }

    /** The caller's latest rounds side by side (at most four); empty with fewer than two rounds. */
    public String getCompareRoundsQuery() {
        List<FilterOptions.Option> rounds = filters.getOptions().rounds();
        return rounds.size() < 2 ? "" : join("round", rounds.stream().limit(COMPARED_ROUNDS).toList());
    }

    private static String join(String name, List<FilterOptions.Option> options) {
        return options.stream().limit(MAX_COMPARED).map(o -> name + "=" + o.id())
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** As the compare page allows. */
    static final int MAX_COMPARED = 10;

    static final int COMPARED_ROUNDS = 4;
}
