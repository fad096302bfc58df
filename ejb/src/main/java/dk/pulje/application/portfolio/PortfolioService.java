package dk.pulje.application.portfolio;

import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
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
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portfolio overview: sums per fund and round and per sub-pool, aggregated in the database (three statements,
 * whatever the number of projects), over the projects the caller may see. Every sum is in kroner: {@code Money} admits
 * no other currency and the database refuses one (V4), so SQL's {@code sum()} adds like with like.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF})
public class PortfolioService {

    /** Aggregates shared by both queries; {@code p} is the project, {@code g} its grant. */
    private static final String SUMS = """
            count(p.id),
            sum(p.totalSum.amount), count(p.totalSum.amount),
            sum(g.granted.amount), count(g.granted.amount),
            sum(case when p.totalSum.amount is not null and g.granted.amount is not null then g.granted.amount end),
            sum(case when p.totalSum.amount is not null and g.granted.amount is not null then p.totalSum.amount end)
            """;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    public List<RoundSummary> roundSummaries() {
        CallerScope scope = scopes.current();
        // Rounds of the caller's funds, and any round in which the caller can see a project; the sums count only the
        // projects the caller can see.
        TypedQuery<RoundSums> roundQuery = em.createQuery("""
                select new dk.pulje.application.portfolio.RoundSums(f.id, f.name, f.shortName, funder.name, r.id, r.name, %s)
                from FundingRound r join r.fund f join f.funder funder
                     left join Project p on p.round = r and %s
                     left join Grant g on g.project = p
                group by f.id, f.name, f.shortName, funder.name, r.id, r.name, r.year
                having %s or count(p.id) > 0
                order by funder.name, f.name, r.year desc nulls last, r.name
                """.formatted(SUMS, scope.readableProjects(), scope.readableFunds("f")), RoundSums.class);
        scope.bind(roundQuery);
        // Projects whose round is unknown are still part of their fund's portfolio: one card per such fund.
        TypedQuery<RoundSums> withoutRoundQuery = em.createQuery("""
                select new dk.pulje.application.portfolio.RoundSums(f.id, f.name, f.shortName, funder.name, %s)
                from Project p join p.fund f join f.funder funder
                     left join Grant g on g.project = p
                where p.round is null and %s
                group by f.id, f.name, f.shortName, funder.name
                order by funder.name, f.name
                """.formatted(SUMS, scope.readableProjects()), RoundSums.class);
        scope.bind(withoutRoundQuery);
        TypedQuery<SubPoolSums> subPoolQuery = em.createQuery("""
                select new dk.pulje.application.portfolio.SubPoolSums(r.id, sp.id, sp.name, sp.kind, sp.targetShare,
                       count(p.id), sum(case when p.id is not null then g.granted.amount end))
                from SubPool sp join sp.round r
                     left join Grant g on g.subPool = sp
                     left join Project p on p = g.project and %s
                group by r.id, sp.id, sp.name, sp.kind, sp.targetShare
                order by r.id, sp.kind desc, sp.name
                """.formatted(scope.readableProjects()), SubPoolSums.class);
        scope.bind(subPoolQuery);
        Map<Long, List<SubPoolSums>> subPoolsByRound = subPoolQuery.getResultList().stream()
                .collect(Collectors.groupingBy(SubPoolSums::roundId));

        List<RoundSummary> cards = new ArrayList<>();
        roundQuery.getResultList().forEach(row -> cards.add(toSummary(row, subPoolsByRound.getOrDefault(row.roundId(), List.of()))));
        withoutRoundQuery.getResultList().forEach(row -> cards.add(toSummary(row, List.of())));
        cards.sort(Comparator.comparing(RoundSummary::funderName)
                .thenComparing(RoundSummary::fundName)
                .thenComparing(s -> s.roundId() == null));
        return cards;
    }

    private static RoundSummary toSummary(RoundSums row, List<SubPoolSums> subPoolRows) {
        long projects = row.projects();
        MoneyTotal total = MoneyTotal.of(row.totalSum(), row.totalsKnown(), projects - row.totalsKnown(), Money.DKK);
        MoneyTotal granted = MoneyTotal.of(row.granted(), row.grantsKnown(), projects - row.grantsKnown(), Money.DKK);
        BigDecimal share = row.totalWhereBoth() == null
                ? null
                : Money.dkk(row.grantedWhereBoth()).shareOf(Money.dkk(row.totalWhereBoth())).orElse(null);
        List<SubPoolOutcome> subPools = subPoolRows.stream().map(sp -> {
            Money grantedInPool = Money.dkk(sp.granted() == null ? BigDecimal.ZERO : sp.granted());
            BigDecimal actual = granted.isUnknown() ? null : grantedInPool.shareOf(granted.sum()).orElse(null);
            return new SubPoolOutcome(sp.id(), sp.name(), sp.kind(), sp.targetShare(), sp.projects(), grantedInPool, actual);
        }).toList();
        return new RoundSummary(row.fundId(), row.fundName(), row.fundShortName(), row.funderName(), row.roundId(),
                row.roundName(), projects, total, granted, share, subPools);
    }
}
