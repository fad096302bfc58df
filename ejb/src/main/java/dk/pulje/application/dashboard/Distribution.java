package dk.pulje.application.dashboard;

import java.util.List;

/**
 * The distribution dashboard's figures for one filter.
 *
 * @param overall      the filtered portfolio, each project once (for {@link DistributionDimension#THEME} the groups add
 *                     up to more than this)
 * @param scatter      at most {@code scatterLimit} projects with both amounts, largest totals first
 * @param scatterOf    how many projects have both amounts in all
 */
public record Distribution(DistributionDimension by, DistributionGroup overall, List<DistributionGroup> groups,
                           List<ScatterPoint> scatter, long scatterOf, int scatterLimit) {

    public boolean isScatterCut() {
        return scatterOf > scatter.size();
    }
}
