package dk.pulje.application.dashboard;

import dk.pulje.domain.model.fund.OwnFinancingCheck;

import java.util.List;
import java.util.Map;

/**
 * The co-financing dashboard's figures for one filter.
 *
 * @param lowest    the lowest support shares, lowest first
 * @param highest   the highest support shares, highest first
 * @param projects  the filtered projects against their rule, smallest margin first, at most {@code limit}
 * @param listedOf  how many projects the filter has in all
 * @param outcomes  how many projects have each outcome (every outcome present, 0 when none)
 */
public record Cofinancing(List<SupportShareRow> lowest, List<SupportShareRow> highest, List<CofinancingRow> projects,
                          long listedOf, int limit, Map<OwnFinancingCheck, Long> outcomes) {

    public boolean isCut() {
        return listedOf > projects.size();
    }
}
