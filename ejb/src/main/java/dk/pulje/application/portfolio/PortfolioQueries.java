package dk.pulje.application.portfolio;

import dk.pulje.application.dashboard.NativeAggregate;

import java.util.List;
import java.util.Map;

/**
 * The start page's three statements for callers who see whole funds (fund administrators, regional staff): the cards
 * read from the summary rows V23's triggers keep (docs/adr/0011), one row per round, whatever the portfolio's size.
 * Public so that {@code ./pulje bench} times the very same text as the bare SQL of the start page.
 */
public final class PortfolioQueries {

    private PortfolioQueries() {
    }

    /** Rounds of the funds, with their kept sums (none yet: no row, read as 0). */
    public static NativeAggregate rounds(List<Long> funds) {
        return new NativeAggregate("""
                select f.id, f.name, f.short_name, funder.name as funder, r.id as round_id, r.name as round,
                       s.projects, s.total_sum, s.totals_known, s.granted_sum, s.grants_known, s.granted_where_both,
                       s.total_where_both
                from funding_round r join fund f on f.id = r.fund_id join organisation funder on funder.id = f.funder_id
                     left join round_summary s on s.fund_id = f.id and s.round_id = r.id
                where f.id in (:funds)
                order by funder.name, f.name, r.round_year desc nulls last, r.name""", Map.of("funds", funds));
    }

    /** Per fund, the projects whose round is unknown. */
    public static NativeAggregate withoutRound(List<Long> funds) {
        return new NativeAggregate("""
                select f.id, f.name, f.short_name, funder.name as funder, cast(null as bigint) as round_id,
                       cast(null as varchar) as round,
                       s.projects, s.total_sum, s.totals_known, s.granted_sum, s.grants_known, s.granted_where_both,
                       s.total_where_both
                from round_summary s join fund f on f.id = s.fund_id join organisation funder on funder.id = f.funder_id
                where s.round_id is null and s.projects > 0 and f.id in (:funds)
                order by funder.name, f.name""", Map.of("funds", funds));
    }

    /** Sub-pools of the funds' rounds, with what was granted from each. */
    public static NativeAggregate subPools(List<Long> funds) {
        return new NativeAggregate("""
                select r.id as round_id, sp.id, sp.name, sp.kind, sp.target_share, s.projects, s.granted_sum
                from sub_pool sp join funding_round r on r.id = sp.round_id
                     left join sub_pool_summary s on s.sub_pool_id = sp.id
                where r.fund_id in (:funds)
                order by r.id, sp.kind desc, sp.name""", Map.of("funds", funds));
    }

    /** All three, in the order the service runs them. */
    public static List<NativeAggregate> cards(List<Long> funds) {
        return List.of(rounds(funds), withoutRound(funds), subPools(funds));
    }
}
