package dk.pulje.application.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements behind the co-financing dashboard (issue 11, question 3), public so that {@code ./pulje bench} can
 * time the same text as bare SQL.
 * <p>
 * Each project is judged against its effective rule (its grant's sub-pool's rule, else its fund's) exactly as
 * {@code OwnFinancingRule.margin(total, granted)} judges it, so that the dashboard and the project page never
 * disagree (CofinancingQueriesIT compares the two on the demo data):
 * <ul>
 *   <li>no rule: NOT_REQUIRED; total or grant unknown: UNKNOWN; total not above the rule's threshold: NOT_REQUIRED;</li>
 *   <li>co-financing = total − grant; required = total × share rounded up to whole øre; margin = co-financing −
 *       required (kroner);</li>
 *   <li>share = co-financing ÷ total to six decimals, rounded half-even (as {@code BigDecimal.divide(…, 6,
 *       HALF_EVEN)}: PostgreSQL's {@code round} rounds half away from zero, so the tie is settled by hand from the
 *       integer quotient and remainder); margin in points = share − rule share;</li>
 *   <li>no tolerance (or 0): MET when margin ≥ 0, else NOT_MET; with a tolerance: MET above it, NOT_MET below its
 *       negative, WITHIN_TOLERANCE in between (the tolerance itself included).</li>
 * </ul>
 */
public final class CofinancingQueries {

    /** Projects listed against their rule at most (the worst margins first); the page says so when there are more. */
    public static final int JUDGED_LIMIT = 500;

    private CofinancingQueries() {
    }

    /** The filtered projects with their effective rule and the margin's parts, as CTE {@code judged}. */
    private static String judged(DashboardSql.Condition condition) {
        return """
                with ruled as (
                    select p.id, p.title, p.town, p.total_amount as total, g.granted_amount as granted, sp.name as sub_pool,
                           case when sp.cofinancing_min_share is not null then 'SUB_POOL'
                                when f.own_financing_min_share is not null then 'FUND' end as rule_owner,
                           coalesce(sp.cofinancing_min_share, f.own_financing_min_share) as rule_share,
                           case when sp.cofinancing_min_share is not null then sp.cofinancing_threshold_amount
                                else f.own_financing_threshold_amount end as rule_threshold,
                           case when sp.cofinancing_min_share is not null then sp.cofinancing_tolerance_amount
                                else f.own_financing_tolerance_amount end as rule_tolerance,
                           case when sp.cofinancing_min_share is not null then sp.cofinancing_source
                                else f.own_financing_source end as rule_source
                    from project p join fund f on f.id = p.fund_id
                         left join project_grant g on g.project_id = p.id
                         left join sub_pool sp on sp.id = g.sub_pool_id
                    where %s
                ), applies as (
                    select r.*, (r.rule_share is not null and r.total is not null and r.granted is not null
                                 and (r.rule_threshold is null or r.total > r.rule_threshold)) as applies,
                           (r.total - r.granted) * 1000000 as n
                    from ruled r
                ), measured as (
                    select a.*,
                           case when a.applies then a.total - a.granted end as cofinancing,
                           case when a.applies then (a.total - a.granted)
                                - cast(ceil(a.total * a.rule_share * 100) / 100 as numeric(17, 2)) end as margin,
                           case when a.applies and a.total > 0 then cast(
                               (case when abs(2 * mod(a.n, a.total)) < a.total then div(a.n, a.total)
                                     when abs(2 * mod(a.n, a.total)) > a.total then div(a.n, a.total) + sign(a.n)
                                     when mod(div(a.n, a.total), 2) = 0 then div(a.n, a.total)
                                     else div(a.n, a.total) + sign(a.n) end) / 1000000 as numeric(20, 6)) end as share
                    from applies a
                ), judged as (
                    select m.id, m.title, m.town, m.total, m.granted, m.sub_pool, m.rule_owner, m.rule_share,
                           m.rule_threshold, m.rule_tolerance, m.rule_source, m.cofinancing, m.margin, m.share,
                           m.share - m.rule_share as margin_points,
                           case when m.rule_share is null then 'NOT_REQUIRED'
                                when m.total is null or m.granted is null then 'UNKNOWN'
                                when not m.applies then 'NOT_REQUIRED'
                                when coalesce(m.rule_tolerance, 0) = 0 then
                                     case when m.margin >= 0 then 'MET' else 'NOT_MET' end
                                when m.margin > m.rule_tolerance then 'MET'
                                when m.margin < -m.rule_tolerance then 'NOT_MET'
                                else 'WITHIN_TOLERANCE' end as outcome
                    from measured m
                )
                """.formatted(condition.text());
    }

    /**
     * Every filtered project against its rule, the smallest margin first (those without a margin last), at most
     * {@code limit} ({@link #outcomes} counts them all).
     */
    public static NativeAggregate judgedProjects(DashboardSql.Condition condition, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>(condition.parameters());
        parameters.put("judgedLimit", limit);
        return new NativeAggregate(judged(condition) + """
                select j.* from judged j
                order by j.margin nulls last, j.margin_points nulls last, j.title, j.id
                limit :judgedLimit""", parameters);
    }

    /** How many filtered projects have each outcome. */
    public static NativeAggregate outcomes(DashboardSql.Condition condition) {
        return new NativeAggregate(judged(condition) + """
                select j.outcome as outcome, count(*) as projects from judged j group by j.outcome""",
                condition.parameters());
    }

    /**
     * The {@code n} lowest and {@code n} highest support shares (grant ÷ total, over the projects with both amounts and
     * a total above 0), by window functions in one pass; {@code low_rank}/{@code high_rank} say which list a row is
     * in (a small portfolio may put a project in both). Ties go to the smaller id.
     */
    public static NativeAggregate extremes(DashboardSql.Condition condition, int n) {
        Map<String, Object> parameters = new LinkedHashMap<>(condition.parameters());
        parameters.put("extremes", n);
        return new NativeAggregate("""
                with shares as (
                    select p.id, p.title, p.town, p.total_amount as total, g.granted_amount as granted,
                           g.granted_amount / p.total_amount as exact_share
                    from project p join project_grant g on g.project_id = p.id
                    where p.total_amount > 0 and g.granted_amount is not null and %s
                ), ranked as (
                    select s.*, row_number() over (order by s.exact_share, s.id) as low_rank,
                           row_number() over (order by s.exact_share desc, s.id) as high_rank
                    from shares s
                )
                select r.id, r.title, r.town, r.total, r.granted, round(r.exact_share, 4) as support_share,
                       r.low_rank, r.high_rank
                from ranked r
                where r.low_rank <= :extremes or r.high_rank <= :extremes
                order by r.exact_share, r.id""".formatted(condition.text()), parameters);
    }
}
