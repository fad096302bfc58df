package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The round dashboard (issue 11, question 2): a round's money and its sub-pools against their targets, over the
 * caller's portfolio (funds administered or read as regional staff), narrowed by the dashboards' filter. Two statements
 * whatever the number of rounds or projects ({@link RoundQueries}); a round outside the portfolio is not found, exactly
 * like one that does not exist. Also the directory the API offers: the portfolio's funds and their rounds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class RoundDashboardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /** The round's figures over all its projects in the caller's portfolio; empty when the round is not theirs. */
    public Optional<RoundDashboard> summary(long roundId) {
        return summary(roundId, DashboardFilter.NONE);
    }

    /** The round's figures over its projects narrowed by {@code filter} (the filter's round is ignored). */
    public Optional<RoundDashboard> summary(long roundId, DashboardFilter filter) {
        return summaries(List.of(roundId), filter).stream().findFirst();
    }

    /** Several rounds' figures (for comparisons), in the order asked; rounds outside the portfolio are left out. */
    public List<RoundDashboard> summaries(List<Long> roundIds) {
        return summaries(roundIds, DashboardFilter.NONE);
    }

    public List<RoundDashboard> summaries(List<Long> roundIds, DashboardFilter filter) {
        List<Long> rounds = roundIds.stream().distinct().toList();
        CallerScope scope = scopes.current();
        if (rounds.isEmpty() || scope.portfolioFunds().isEmpty()) {
            return List.of();
        }
        List<Tuple> sums = RoundQueries.summary(scope, filter, rounds).rows(em);
        if (sums.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SubPoolTarget>> subPools = RoundQueries.subPools(scope, filter, rounds).rows(em).stream()
                .map(RoundDashboardService::subPool)
                .collect(Collectors.groupingBy(SubPoolTarget::roundId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, RoundDashboard> byId = new LinkedHashMap<>();
        for (Tuple row : sums) {
            long id = number(row, "round_id").longValue();
            byId.put(id, round(row, filter, subPools.getOrDefault(id, List.of())));
        }
        List<RoundDashboard> ordered = new ArrayList<>();
        rounds.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    /** The funds of the caller's portfolio. */
    public List<FundEntry> funds() {
        CallerScope scope = scopes.current();
        return RoundQueries.funds(scope).rows(em).stream()
                .map(row -> new FundEntry(number(row, "id").longValue(), (String) row.get("name"),
                        (String) row.get("short_name"), (String) row.get("funder_name"), number(row, "rounds").longValue()))
                .toList();
    }

    /** The rounds of a fund of the caller's portfolio; empty when the fund is not theirs (or does not exist). */
    public Optional<List<RoundEntry>> rounds(long fundId) {
        CallerScope scope = scopes.current();
        if (!scope.portfolioFunds().contains(fundId)) {
            return Optional.empty();
        }
        return Optional.of(RoundQueries.rounds(scope, fundId).rows(em).stream()
                .map(row -> new RoundEntry(number(row, "id").longValue(), (String) row.get("name"),
                        integer(row, "round_year"), money(row, "envelope"), date(row, "application_deadline"),
                        date(row, "decision_date")))
                .toList());
    }

    private static RoundDashboard round(Tuple row, DashboardFilter filter, List<SubPoolTarget> subPools) {
        long projects = number(row, "projects").longValue();
        long appliedKnown = number(row, "applied_known").longValue();
        long totalsKnown = number(row, "totals_known").longValue();
        return new RoundDashboard(number(row, "fund_id").longValue(), (String) row.get("fund_name"),
                (String) row.get("fund_short_name"), number(row, "round_id").longValue(), (String) row.get("round_name"),
                integer(row, "round_year"), filter.withRound(number(row, "round_id").longValue()), money(row, "envelope"),
                projects,
                MoneyTotal.of(decimal(row, "applied"), appliedKnown, projects - appliedKnown, Money.DKK),
                MoneyTotal.of(decimal(row, "granted"), number(row, "granted_known").longValue(),
                        number(row, "granted_unknown").longValue(), Money.DKK),
                money(row, "paid"),
                MoneyTotal.of(decimal(row, "total_sum"), totalsKnown, projects - totalsKnown, Money.DKK),
                number(row, "both_known").longValue(), orZero(money(row, "granted_where_both")),
                orZero(money(row, "total_where_both")), decimal(row, "support_share"), decimal(row, "cofinancing_ratio"),
                money(row, "envelope_left"), money(row, "granted_without_sub_pool"), subPools);
    }

    private static SubPoolTarget subPool(Tuple row) {
        return new SubPoolTarget(number(row, "round_id").longValue(), number(row, "id").longValue(),
                (String) row.get("name"), SubPoolKind.valueOf((String) row.get("kind")), decimal(row, "target_share"),
                money(row, "target_amount"), number(row, "projects").longValue(), money(row, "granted"),
                decimal(row, "actual_share"), decimal(row, "difference_points"), money(row, "difference_amount"));
    }

    private static Number number(Tuple row, String alias) {
        return (Number) row.get(alias);
    }

    private static Integer integer(Tuple row, String alias) {
        Number value = number(row, alias);
        return value == null ? null : value.intValue();
    }

    private static BigDecimal decimal(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    /** An amount from a numeric column; sums come back with at most two decimals, as every stored amount has. */
    private static Money money(Tuple row, String alias) {
        BigDecimal value = decimal(row, alias);
        return value == null ? null : Money.dkk(value);
    }

    private static Money orZero(Money money) {
        return money == null ? Money.zero(Money.DKK) : money;
    }

    private static LocalDate date(Tuple row, String alias) {
        Object value = row.get(alias);
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
