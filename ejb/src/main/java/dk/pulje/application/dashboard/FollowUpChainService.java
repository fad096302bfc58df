package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ProjectType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dk.pulje.application.dashboard.NativeValues.count;
import static dk.pulje.application.dashboard.NativeValues.decimal;
import static dk.pulje.application.dashboard.NativeValues.money;
import static dk.pulje.application.dashboard.NativeValues.text;

/**
 * What a maturation project led to (issue 11, Q8): the chain of follow-ups with each project's money and the chain's
 * sums, one statement ({@link FollowUpChainQueries}) however many chains and steps.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class FollowUpChainService {

    /** Chains listed at once; the filter narrows the rest. */
    public static final int CHAINS_SHOWN = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    /** The chains that start at the filtered portfolio's maturation projects, by title, at most {@link #CHAINS_SHOWN}. */
    public ChainOverview chains(DashboardFilter filter) {
        CallerScope scope = scopes.current();
        if (scope.portfolioFunds().isEmpty()) {
            return new ChainOverview(List.of(), false);
        }
        // One more than shown, to tell whether there are more.
        List<FollowUpChain> chains = read(FollowUpChainQueries.chains(DashboardSql.projects(scope, filter),
                scope.portfolioFunds(), CHAINS_SHOWN + 1));
        return new ChainOverview(chains.stream().limit(CHAINS_SHOWN).toList(), chains.size() > CHAINS_SHOWN);
    }

    /** The chain from one project of the caller's portfolio; empty when it is unknown or in another fund. */
    public Optional<FollowUpChain> chainFrom(long projectId) {
        CallerScope scope = scopes.current();
        if (scope.portfolioFunds().isEmpty()) {
            return Optional.empty();
        }
        return read(FollowUpChainQueries.chainFrom(projectId, scope.portfolioFunds())).stream().findFirst();
    }

    private List<FollowUpChain> read(NativeAggregate statement) {
        Map<Long, List<Tuple>> byRoot = new LinkedHashMap<>();
        for (Tuple row : statement.rows(em)) {
            byRoot.computeIfAbsent(count(row, "root_id"), k -> new ArrayList<>()).add(row);
        }
        return byRoot.values().stream().map(FollowUpChainService::chain).toList();
    }

    private static FollowUpChain chain(List<Tuple> rows) {
        Tuple first = rows.get(0);
        long length = count(first, "chain_length");
        long grantedKnown = count(first, "chain_granted_known");
        long totalKnown = count(first, "chain_total_known");
        List<ChainStep> steps = rows.stream().map(row -> new ChainStep((int) count(row, "depth"), count(row, "id"),
                text(row, "title"), ProjectType.valueOf(text(row, "type")), ProjectStatus.valueOf(text(row, "status")),
                text(row, "fund"), money(row, "granted"), money(row, "total"),
                Boolean.TRUE.equals(row.get("hidden_follow_up")))).toList();
        return new FollowUpChain(steps,
                MoneyTotal.of(decimal(first, "chain_granted"), grantedKnown, length - grantedKnown, Money.DKK),
                MoneyTotal.of(decimal(first, "chain_total"), totalKnown, length - totalKnown, Money.DKK));
    }
}
