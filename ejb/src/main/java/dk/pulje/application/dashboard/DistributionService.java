package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.util.List;
import java.util.Optional;

/**
 * Question 1 of issue 11: how the money of the caller's portfolio spreads over towns, themes, lead institutions,
 * institution types and statuses, and the scatter of total against grant per project. Three statements per request
 * whatever the size of the portfolio ({@link DistributionQueries}); read-only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class DistributionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    public Distribution distribution(DashboardFilter filter, DistributionDimension by) {
        CallerScope scope = scopes.current();
        DashboardSql.Condition condition = DashboardSql.projects(scope, filter);
        List<DistributionGroup> groups = DistributionQueries.groups(condition, by).rows(em).stream()
                .map(DistributionService::group).toList();
        DistributionGroup overall = group(DistributionQueries.overall(condition).rows(em).get(0));
        List<Tuple> points = DistributionQueries.scatter(condition, DistributionQueries.SCATTER_LIMIT).rows(em);
        List<ScatterPoint> scatter = points.stream().map(row -> new ScatterPoint(DashboardRows.longOrNull(row, "id"),
                DashboardRows.text(row, "title"), DashboardRows.text(row, "town"), DashboardRows.money(row, "total"),
                DashboardRows.money(row, "granted"), DashboardRows.decimal(row, "support_share"))).toList();
        long scatterOf = points.isEmpty() ? 0 : DashboardRows.count(points.get(0), "plotted_of");
        return new Distribution(by, overall, groups, scatter, scatterOf, DistributionQueries.SCATTER_LIMIT);
    }

    /**
     * The distribution of one round of the caller's portfolio, narrowed further by {@code filter}; empty when the
     * round does not exist or lies outside the portfolio (a forged id learns nothing).
     */
    public Optional<Distribution> forRound(long roundId, DashboardFilter filter, DistributionDimension by) {
        if (!PortfolioRounds.inPortfolio(em, scopes.current(), roundId)) {
            return Optional.empty();
        }
        return Optional.of(distribution(filter.withRound(roundId), by));
    }

    private static DistributionGroup group(Tuple row) {
        return new DistributionGroup(DashboardRows.longOrNull(row, "group_id"), DashboardRows.text(row, "group_key"),
                DashboardRows.count(row, "projects"),
                DashboardRows.sum(row, "granted"), DashboardRows.count(row, "granted_known"),
                DashboardRows.sum(row, "total"), DashboardRows.count(row, "total_known"),
                DashboardRows.decimal(row, "support_share"));
    }
}
