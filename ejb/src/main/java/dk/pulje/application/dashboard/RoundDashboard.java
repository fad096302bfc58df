package dk.pulje.application.dashboard;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;

import java.math.BigDecimal;
import java.util.List;

/**
 * A round's figures for the round dashboard (question 2), the REST summary and the comparison of rounds (question 6),
 * over the round's projects in the caller's portfolio narrowed by {@code filter}. Every figure is computed by
 * {@link RoundQueries} in PostgreSQL.
 *
 * @param envelope               the round's envelope (ramme); null when none is stated. Never narrowed by a filter.
 * @param projects               the projects counted
 * @param applied                Σ applied for; unknowns are the projects without an amount applied for
 * @param granted                Σ granted; unknowns are decisions recorded without an amount
 * @param paid                   Σ paid out
 * @param totalSum               Σ total project sums; unknowns are the projects without one
 * @param projectsWithBoth       the projects whose total and grant are both known: what the shares are computed over
 * @param grantedWhereBoth       Σ granted over those projects
 * @param totalWhereBoth         Σ total over those projects
 * @param supportShare           grantedWhereBoth ÷ totalWhereBoth, four decimals; null when there are none
 * @param cofinancingRatio       1 − supportShare over the same projects; null when there are none
 * @param envelopeLeft           envelope − Σ granted (negative when the envelope is exceeded); null without an envelope
 * @param grantedWithoutSubPool  Σ granted from no sub-pool (counted in the round's Σ granted, in no sub-pool's)
 * @param subPools               the round's sub-pools, theme pools first
 */
public record RoundDashboard(long fundId, String fundName, String fundShortName, long roundId, String roundName,
                             Integer year, DashboardFilter filter, Money envelope, long projects, MoneyTotal applied,
                             MoneyTotal granted, Money paid, MoneyTotal totalSum, long projectsWithBoth,
                             Money grantedWhereBoth, Money totalWhereBoth, BigDecimal supportShare,
                             BigDecimal cofinancingRatio, Money envelopeLeft, Money grantedWithoutSubPool,
                             List<SubPoolTarget> subPools) {

    public RoundDashboard {
        subPools = List.copyOf(subPools);
    }

    /** True when the projects counted were narrowed by more than the round: the envelope then measures the round. */
    public boolean filtered() {
        return !filter.withRound(null).isEmpty();
    }

    /** How much Σ granted exceeds the envelope by; null when it does not (or there is no envelope). */
    public Money overEnvelope() {
        return envelopeLeft != null && envelopeLeft.isNegative() ? Money.zero(Money.DKK).minus(envelopeLeft) : null;
    }
}
