package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.money.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dk.pulje.application.dashboard.NativeValues.count;
import static dk.pulje.application.dashboard.NativeValues.decimal;
import static dk.pulje.application.dashboard.NativeValues.money;
import static dk.pulje.application.dashboard.NativeValues.text;
import static dk.pulje.application.dashboard.NativeValues.total;

/**
 * Two or more rounds or funds side by side (issue 11, Q6): one statement for all of them ({@link CompareQueries}),
 * whatever their number and size, over the caller's portfolio narrowed by the dashboards' filter.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class CompareService {

    /** At least two columns make a comparison; more than ten no longer fit side by side. */
    public static final int MIN_COLUMNS = 2;
    public static final int MAX_COLUMNS = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /**
     * The chosen rounds or funds in the order given (a repeated id counts once), or empty when any of them is unknown
     * or outside the caller's portfolio: a forged id and a missing one answer alike.
     *
     * @param filter narrows the projects; its fund and round are ignored (the chosen ids are the columns)
     * @throws IllegalArgumentException for fewer than {@link #MIN_COLUMNS} or more than {@link #MAX_COLUMNS} ids
     */
    public Optional<Comparison> compare(CompareKind kind, List<Long> ids, DashboardFilter filter) {
        List<Long> chosen = List.copyOf(new LinkedHashSet<>(ids));
        if (chosen.size() < MIN_COLUMNS || chosen.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("compare " + MIN_COLUMNS + " to " + MAX_COLUMNS + " ids, not " + chosen.size());
        }
        CallerScope scope = scopes.current();
        if (scope.portfolioFunds().isEmpty()) {
            return Optional.empty();
        }
        DashboardSql.Condition projects = DashboardSql.projects(scope, filter.withFund(null).withRound(null));
        Map<Long, ComparedFigures> byId = CompareQueries.figures(kind, chosen, projects, scope.portfolioFunds())
                .rows(em).stream().map(CompareService::figures)
                .collect(Collectors.toMap(ComparedFigures::id, Function.identity()));
        if (byId.size() != chosen.size()) {
            return Optional.empty();
        }
        List<ComparedFigures> columns = new ArrayList<>();
        chosen.forEach(id -> columns.add(byId.get(id)));
        return Optional.of(Comparison.of(kind, columns));
    }

    private static ComparedFigures figures(Tuple row) {
        long projects = count(row, "projects");
        BigDecimal share = NativeValues.share(decimal(row, "granted_both"), decimal(row, "total_both"));
        Money paid = money(row, "paid");
        return new ComparedFigures(count(row, "id"), text(row, "label"), text(row, "fund_name"), projects,
                money(row, "envelope"), total(row, "applied", projects), total(row, "granted", projects),
                paid == null ? Money.dkk(BigDecimal.ZERO) : paid, total(row, "total", projects), share,
                share == null ? null : BigDecimal.ONE.subtract(share));
    }
}
