package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The round dashboard's statements (issue 11, question 2), public so that {@code ./pulje bench} times the very text the
 * service runs. Two statements for any number of rounds and any size of portfolio: the rounds' sums, then their
 * sub-pools. Every share and difference is computed here, in PostgreSQL, with four decimals (0,6895 = 68,95 %).
 * <p>
 * The rounds are limited to the caller's portfolio funds (a round of another fund yields no row, so the service answers
 * "not found"); the projects counted are the round's projects of that portfolio narrowed by the filter
 * ({@link DashboardSql}). The envelope and the sub-pools' targets stay the round's own: a filter narrows the projects
 * counted, never the targets they are measured against.
 */
public final class RoundQueries {

    private RoundQueries() {
    }

    /**
     * One row per round: envelope, Σ applied, Σ granted, Σ paid, Σ total project sums with how many were known, and
     * the support share Σ granted ÷ Σ total over the projects where both are known (as the start page counts it), the
     * co-financing ratio 1 − that share over the same projects, and Σ granted without a sub-pool.
     */
    public static NativeAggregate summary(CallerScope scope, DashboardFilter filter, List<Long> rounds) {
        DashboardFilter projectsOnly = filter.withRound(null); // the round is the row; the filter narrows within it
        DashboardSql.Condition projects = DashboardSql.projects(scope, projectsOnly, "p");
        DashboardSql.Condition paidProjects = DashboardSql.projects(scope, projectsOnly, "pp");
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.putAll(paidProjects.parameters());
        parameters.put("rounds", rounds);
        parameters.put("portfolio", portfolio(scope));
        String sql = """
                select r.id as round_id, r.name as round_name, r.round_year as round_year,
                       r.envelope_amount as envelope, f.id as fund_id, f.name as fund_name, f.short_name as fund_short_name,
                       count(p.id) as projects,
                       sum(g.applied_amount) as applied, count(g.applied_amount) as applied_known,
                       sum(g.granted_amount) as granted, count(g.granted_amount) as granted_known,
                       count(case when g.granted_amount is null and g.decision_date is not null then 1 end) as granted_unknown,
                       sum(p.total_amount) as total_sum, count(p.total_amount) as totals_known,
                       count(case when g.granted_amount is not null and p.total_amount is not null then 1 end) as both_known,
                       sum(case when p.total_amount is not null then g.granted_amount end) as granted_where_both,
                       sum(case when g.granted_amount is not null then p.total_amount end) as total_where_both,
                       round(sum(case when p.total_amount is not null then g.granted_amount end)
                             / nullif(sum(case when g.granted_amount is not null then p.total_amount end), 0), 4) as support_share,
                       1 - round(sum(case when p.total_amount is not null then g.granted_amount end)
                             / nullif(sum(case when g.granted_amount is not null then p.total_amount end), 0), 4) as cofinancing_ratio,
                       coalesce(sum(case when g.sub_pool_id is null then g.granted_amount end), 0) as granted_without_sub_pool,
                       r.envelope_amount - coalesce(sum(g.granted_amount), 0) as envelope_left,
                       (select coalesce(sum(pay.paid_amount), 0)
                        from payment pay join project_grant pg on pg.id = pay.grant_id join project pp on pp.id = pg.project_id
                        where pp.round_id = r.id and %s) as paid
                from funding_round r join fund f on f.id = r.fund_id
                     left join (project p left join project_grant g on g.project_id = p.id) on p.round_id = r.id and %s
                where r.id in (:rounds) and r.fund_id in (:portfolio)
                group by r.id, f.id
                order by r.id""".formatted(paidProjects.text(), projects.text());
        return new NativeAggregate(sql, parameters);
    }

    /**
     * One row per sub-pool of the rounds: target share, target in kroner (share × the round's envelope), the projects
     * granted from it and Σ granted, its actual share of Σ granted in the round (over the same projects), and the
     * difference in points (actual − target) and in kroner (granted − target in kroner).
     */
    public static NativeAggregate subPools(CallerScope scope, DashboardFilter filter, List<Long> rounds) {
        DashboardFilter projectsOnly = filter.withRound(null);
        DashboardSql.Condition projects = DashboardSql.projects(scope, projectsOnly, "p");
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("rounds", rounds);
        parameters.put("portfolio", portfolio(scope));
        String sql = """
                with counted as (
                    select p.round_id, g.sub_pool_id, g.granted_amount
                    from project p join project_grant g on g.project_id = p.id
                    where p.round_id in (:rounds) and %s),
                round_granted as (
                    select round_id, sum(granted_amount) as granted from counted group by round_id),
                pool_granted as (
                    select sub_pool_id, count(*) as projects, coalesce(sum(granted_amount), 0) as granted
                    from counted where sub_pool_id is not null group by sub_pool_id)
                select sp.round_id as round_id, sp.id as id, sp.name as name, sp.kind as kind, sp.target_share as target_share,
                       round(sp.target_share * r.envelope_amount, 2) as target_amount,
                       coalesce(pg.projects, 0) as projects, coalesce(pg.granted, 0) as granted,
                       round(coalesce(pg.granted, 0) / nullif(rg.granted, 0), 4) as actual_share,
                       round(coalesce(pg.granted, 0) / nullif(rg.granted, 0) - sp.target_share, 4) as difference_points,
                       coalesce(pg.granted, 0) - round(sp.target_share * r.envelope_amount, 2) as difference_amount
                from sub_pool sp join funding_round r on r.id = sp.round_id
                     left join round_granted rg on rg.round_id = sp.round_id
                     left join pool_granted pg on pg.sub_pool_id = sp.id
                where sp.round_id in (:rounds) and r.fund_id in (:portfolio)
                order by sp.round_id, sp.kind desc, sp.name, sp.id""".formatted(projects.text());
        return new NativeAggregate(sql, parameters);
    }

    /** The funds of the caller's portfolio with how many rounds each has: one statement. */
    public static NativeAggregate funds(CallerScope scope) {
        return new NativeAggregate("""
                select f.id as id, f.name as name, f.short_name as short_name, o.name as funder_name,
                       (select count(*) from funding_round r where r.fund_id = f.id) as rounds
                from fund f join organisation o on o.id = f.funder_id
                where f.id in (:portfolio)
                order by o.name, f.name, f.id""", Map.of("portfolio", portfolio(scope)));
    }

    /** The rounds of one fund of the caller's portfolio, newest first: one statement (none when not in the portfolio). */
    public static NativeAggregate rounds(CallerScope scope, long fundId) {
        return new NativeAggregate("""
                select r.id as id, r.name as name, r.round_year as round_year, r.envelope_amount as envelope,
                       r.application_deadline as application_deadline, r.decision_date as decision_date
                from funding_round r
                where r.fund_id = :fund and r.fund_id in (:portfolio)
                order by r.round_year desc nulls last, r.name, r.id""", Map.of("fund", fundId, "portfolio", portfolio(scope)));
    }

    /** The portfolio's funds as a bound list; never empty (an empty IN list is not SQL), so -1 stands for none. */
    private static List<Long> portfolio(CallerScope scope) {
        List<Long> funds = List.copyOf(scope.portfolioFunds());
        return funds.isEmpty() ? List.of(-1L) : funds;
    }
}
