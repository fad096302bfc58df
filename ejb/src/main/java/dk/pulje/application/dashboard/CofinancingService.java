package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.OwnFinancingCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Question 3 of issue 11: the lowest and highest support shares, and every project against its co-financing rule (its
 * sub-pool's, else its fund's) with the margin in kroner and points. Three statements per request whatever the size
 * of the portfolio ({@link CofinancingQueries}); read-only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class CofinancingService {

    /** Projects in each of the lowest and highest lists. */
    public static final int EXTREMES = 5;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    public Cofinancing cofinancing(DashboardFilter filter) {
        return cofinancing(filter, EXTREMES, CofinancingQueries.JUDGED_LIMIT);
    }

    /** @param extremes projects in each of the lowest and highest lists; {@code limit} projects judged at most */
    public Cofinancing cofinancing(DashboardFilter filter, int extremes, int limit) {
        DashboardSql.Condition condition = DashboardSql.projects(scopes.current(), filter);
        List<Tuple> ranked = CofinancingQueries.extremes(condition, extremes).rows(em);
        List<SupportShareRow> lowest = ranked.stream().filter(r -> DashboardRows.count(r, "low_rank") <= extremes)
                .sorted(Comparator.comparingLong(r -> DashboardRows.count(r, "low_rank")))
                .map(CofinancingService::supportShare).toList();
        List<SupportShareRow> highest = ranked.stream().filter(r -> DashboardRows.count(r, "high_rank") <= extremes)
                .sorted(Comparator.comparingLong(r -> DashboardRows.count(r, "high_rank")))
                .map(CofinancingService::supportShare).toList();
        List<Tuple> judged = CofinancingQueries.judgedProjects(condition, limit).rows(em);
        List<CofinancingRow> rows = judged.stream().map(CofinancingService::row).toList();
        Map<OwnFinancingCheck, Long> outcomes = new EnumMap<>(OwnFinancingCheck.class);
        for (OwnFinancingCheck check : OwnFinancingCheck.values()) {
            outcomes.put(check, 0L);
        }
        CofinancingQueries.outcomes(condition).rows(em).forEach(r ->
                outcomes.put(OwnFinancingCheck.valueOf(DashboardRows.text(r, "outcome")), DashboardRows.count(r, "projects")));
        long listedOf = outcomes.values().stream().mapToLong(Long::longValue).sum();
        return new Cofinancing(lowest, highest, rows, listedOf, limit, outcomes);
    }

    /** The same for one round of the caller's portfolio; empty when the round is unknown or outside it. */
    public Optional<Cofinancing> forRound(long roundId, DashboardFilter filter) {
        if (!PortfolioRounds.inPortfolio(em, scopes.current(), roundId)) {
            return Optional.empty();
        }
        return Optional.of(cofinancing(filter.withRound(roundId)));
    }

    private static SupportShareRow supportShare(Tuple row) {
        return new SupportShareRow(DashboardRows.longOrNull(row, "id"), DashboardRows.text(row, "title"),
                DashboardRows.text(row, "town"), DashboardRows.money(row, "total"), DashboardRows.money(row, "granted"),
                DashboardRows.decimal(row, "support_share"));
    }

    private static CofinancingRow row(Tuple row) {
        String owner = DashboardRows.text(row, "rule_owner");
        CofinancingRow.RuleView rule = owner == null ? null : new CofinancingRow.RuleView(
                CofinancingRow.RuleOwner.valueOf(owner), DashboardRows.decimal(row, "rule_share"),
                DashboardRows.money(row, "rule_threshold"), DashboardRows.money(row, "rule_tolerance"),
                DashboardRows.text(row, "rule_source"));
        return new CofinancingRow(DashboardRows.longOrNull(row, "id"), DashboardRows.text(row, "title"),
                DashboardRows.text(row, "town"), DashboardRows.text(row, "sub_pool"), DashboardRows.money(row, "total"),
                DashboardRows.money(row, "granted"), rule,
                OwnFinancingCheck.valueOf(DashboardRows.text(row, "outcome")), DashboardRows.money(row, "cofinancing"),
                DashboardRows.decimal(row, "share"), DashboardRows.decimal(row, "margin_points"),
                DashboardRows.decimal(row, "margin"));
    }
}
