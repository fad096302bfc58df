package dk.pulje.application.portfolio;

import dk.pulje.domain.model.fund.SubPoolKind;
import dk.pulje.domain.model.money.Money;
import dk.pulje.domain.model.money.MoneyTotal;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portfolio overview: sums per fund and round and per sub-pool, aggregated in the database (three statements,
 * whatever the number of projects).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
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

    public List<RoundSummary> roundSummaries() {
        List<Object[]> rounds = em.createQuery("""
                select f.id, f.name, f.shortName, funder.name, r.id, r.name, %s
                from FundingRound r join r.fund f join f.funder funder
                     left join Project p on p.round = r
                     left join Grant g on g.project = p
                group by f.id, f.name, f.shortName, funder.name, r.id, r.name, r.year
                order by funder.name, f.name, r.year desc nulls last, r.name
                """.formatted(SUMS), Object[].class).getResultList();
        // Projects whose round is unknown are still part of their fund's portfolio: one card per such fund.
        List<Object[]> withoutRound = em.createQuery("""
                select f.id, f.name, f.shortName, funder.name, null, null, %s
                from Project p join p.fund f join f.funder funder
                     left join Grant g on g.project = p
                where p.round is null
                group by f.id, f.name, f.shortName, funder.name
                order by funder.name, f.name
                """.formatted(SUMS), Object[].class).getResultList();

        Map<Long, List<Object[]>> subPoolsByRound = em.createQuery("""
                select r.id, sp.id, sp.name, sp.kind, sp.targetShare, count(g.id), sum(g.granted.amount)
                from SubPool sp join sp.round r left join Grant g on g.subPool = sp
                group by r.id, sp.id, sp.name, sp.kind, sp.targetShare
                order by r.id, sp.kind desc, sp.name
                """, Object[].class).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0]));

        List<RoundSummary> cards = new ArrayList<>();
        rounds.forEach(row -> cards.add(toSummary(row, subPoolsByRound.getOrDefault((Long) row[4], List.of()))));
        withoutRound.forEach(row -> cards.add(toSummary(row, List.of())));
        cards.sort(Comparator.comparing(RoundSummary::funderName)
                .thenComparing(RoundSummary::fundName)
                .thenComparing(s -> s.roundId() == null));
        return cards;
    }

    private static RoundSummary toSummary(Object[] row, List<Object[]> subPoolRows) {
        long projects = (Long) row[6];
        MoneyTotal total = MoneyTotal.of((BigDecimal) row[7], (Long) row[8], projects - (Long) row[8], Money.DKK);
        MoneyTotal granted = MoneyTotal.of((BigDecimal) row[9], (Long) row[10], projects - (Long) row[10], Money.DKK);
        BigDecimal grantedWhereBoth = (BigDecimal) row[11];
        BigDecimal totalWhereBoth = (BigDecimal) row[12];
        BigDecimal share = totalWhereBoth == null
                ? null
                : Money.dkk(grantedWhereBoth).shareOf(Money.dkk(totalWhereBoth)).orElse(null);
        List<SubPoolOutcome> subPools = subPoolRows.stream().map(sp -> {
            Money grantedInPool = Money.dkk(sp[6] == null ? BigDecimal.ZERO : (BigDecimal) sp[6]);
            BigDecimal actual = granted.isUnknown() ? null : grantedInPool.shareOf(granted.sum()).orElse(null);
            return new SubPoolOutcome((Long) sp[1], (String) sp[2], (SubPoolKind) sp[3], (BigDecimal) sp[4],
                    (Long) sp[5], grantedInPool, actual);
        }).toList();
        return new RoundSummary((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Long) row[4],
                (String) row[5], projects, total, granted, share, subPools);
    }
}
