package dk.pulje.web.api.v1;

import dk.pulje.web.api.v1.support.ApiAmount;
import dk.pulje.web.api.v1.support.ApiShare;

import dk.pulje.application.dashboard.DashboardFilter;
import dk.pulje.application.dashboard.RoundDashboard;
import dk.pulje.application.dashboard.SubPoolTarget;
import dk.pulje.domain.model.money.MoneyTotal;

import java.util.List;

/**
 * {@code GET /api/v1/rounds/{id}/summary}: the round dashboard's figures. Amounts are strings with two decimals in
 * kroner, shares strings with four decimals (0.4938 = 49,38 %), differences in points as fractions too (−0.1105).
 *
 * @param filtered true when a filter narrowed the projects counted (the envelope and targets stay the round's)
 */
public record RoundSummaryJson(long fundId, String fund, long roundId, String round, Integer year, String currency,
                               boolean filtered, @ApiAmount String envelope, long projects, TotalJson applied, TotalJson granted,
                               @ApiAmount String paid, TotalJson totalSum, long projectsWithBoth, @ApiShare String supportShare,
                               @ApiShare String cofinancingRatio, @ApiAmount String envelopeLeft, @ApiAmount String overEnvelope,
                               @ApiAmount String grantedWithoutSubPool, List<SubPoolJson> subPools) {

    /** A sum of which some amounts may be unknown: the sum of the known ones and how many were (not) known. */
    public record TotalJson(@ApiAmount String sum, long known, long unknown) {
        static TotalJson of(MoneyTotal total) {
            return new TotalJson(ApiValues.amount(total.sum()), total.known(), total.unknown());
        }
    }

    /** A sub-pool against its target; {@code reached} is null when it cannot be told. */
    public record SubPoolJson(long id, String name, String kind, @ApiShare String targetShare, @ApiAmount String targetAmount, long projects,
                              @ApiAmount String granted, @ApiShare String actualShare, @ApiShare String differencePoints, @ApiAmount String differenceAmount,
                              Boolean reached) {
        static SubPoolJson of(SubPoolTarget pool) {
            return new SubPoolJson(pool.id(), pool.name(), pool.kind().name(), ApiValues.share(pool.targetShare()),
                    ApiValues.amount(pool.targetAmount()), pool.projects(), ApiValues.amount(pool.granted()),
                    ApiValues.share(pool.actualShare()), ApiValues.share(pool.differencePoints()),
                    ApiValues.amount(pool.differenceAmount()), pool.reached());
        }
    }

    static RoundSummaryJson of(RoundDashboard r) {
        DashboardFilter filter = r.filter();
        return new RoundSummaryJson(r.fundId(), r.fundName(), r.roundId(), r.roundName(), r.year(), "DKK", r.filtered(),
                ApiValues.amount(r.envelope()), r.projects(), TotalJson.of(r.applied()), TotalJson.of(r.granted()),
                ApiValues.amount(r.paid()), TotalJson.of(r.totalSum()), r.projectsWithBoth(),
                ApiValues.share(r.supportShare()), ApiValues.share(r.cofinancingRatio()),
                ApiValues.amount(r.envelopeLeft()), ApiValues.amount(r.overEnvelope()),
                ApiValues.amount(r.grantedWithoutSubPool()), r.subPools().stream().map(SubPoolJson::of).toList());
    }
}
