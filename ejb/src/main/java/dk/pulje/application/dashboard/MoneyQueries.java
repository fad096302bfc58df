package dk.pulje.application.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The money dashboard's two statements (issue 11, Q4): the totals of paid against granted, and the months, each
 * computed by PostgreSQL over the caller's portfolio narrowed by the filter ({@link DashboardSql#projects}). Public
 * and static, so that {@code ./pulje bench} times the very same statements with plain JDBC.
 * <p>
 * What is summed (docs/data-model.md): Σ granted is every decided grant of the projects in scope (as on the start
 * page); Σ paid every recorded payment; Σ planned the grant's kept Σ of its tranches ({@code planned_total}, V12;
 * a paid tranche counts as planned); "granted, not yet planned" is Σ per grant of granted − planned, never below
 * zero, so that a grant planned beyond its amount (after an amendment lowered it) cannot hide another's gap.
 */
public final class MoneyQueries {

    /** Months of payment history shown, this month included, and months of plan ahead, this month included. */
    public static final int MONTHS_BACK = 12;
    public static final int MONTHS_AHEAD = 12;

    private MoneyQueries() {
    }

    /** One row: granted, paid, paid_share (paid ÷ granted, four decimals; null without grants), planned, unplanned, overdue, undated, grants. */
    public static NativeAggregate totals(DashboardSql.Condition projects, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("today", today);
        return new NativeAggregate("""
                select count(g.granted_amount) as grants,
                       coalesce(sum(g.granted_amount), 0) as granted,
                       coalesce(sum(pm.paid), 0) as paid,
                       round(coalesce(sum(pm.paid), 0) / nullif(sum(g.granted_amount), 0), 4) as paid_share,
                       coalesce(sum(g.planned_total), 0) as planned,
                       coalesce(sum(greatest(g.granted_amount - g.planned_total, 0)), 0) as unplanned,
                       coalesce(sum(pm.overdue), 0) as overdue,
                       coalesce(sum(pm.undated), 0) as undated
                from project p join project_grant g on g.project_id = p.id
                     left join lateral (
                         select sum(x.paid_amount) as paid,
                                sum(x.planned_amount) filter (where x.paid_date is null and x.planned_date < :today) as overdue,
                                sum(x.planned_amount) filter (where x.paid_date is null and x.planned_date is null) as undated
                         from payment x where x.grant_id = g.id) pm on true
                where %s""".formatted(projects.text()), parameters);
    }

    /**
     * One row per month from {@link #MONTHS_BACK} − 1 months before {@code thisMonth} to {@link #MONTHS_AHEAD} − 1
     * after it, empty months included (generate_series): month (its first day), paid (Σ paid in that month) and
     * planned (Σ of tranches planned in that month and not yet paid; from this month on only: an unpaid tranche of an
     * earlier month is overdue, counted in {@link #totals}).
     */
    public static NativeAggregate months(DashboardSql.Condition projects, YearMonth thisMonth) {
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("firstMonth", thisMonth.minusMonths(MONTHS_BACK - 1L).atDay(1));
        parameters.put("thisMonth", thisMonth.atDay(1));
        parameters.put("nextMonth", thisMonth.plusMonths(1).atDay(1));
        parameters.put("lastMonth", thisMonth.plusMonths(MONTHS_AHEAD - 1L).atDay(1));
        parameters.put("afterLastMonth", thisMonth.plusMonths(MONTHS_AHEAD).atDay(1));
        String scope = projects.text();
        return new NativeAggregate("""
                with months as (
                    select cast(m as date) as month
                    from generate_series(cast(:firstMonth as timestamp), cast(:lastMonth as timestamp), interval '1 month') m),
                paid as (
                    select cast(date_trunc('month', cast(x.paid_date as timestamp)) as date) as month, sum(x.paid_amount) as amount
                    from payment x join project_grant g on g.id = x.grant_id join project p on p.id = g.project_id
                    where x.paid_date >= :firstMonth and x.paid_date < :nextMonth and %s
                    group by 1),
                planned as (
                    select cast(date_trunc('month', cast(x.planned_date as timestamp)) as date) as month, sum(x.planned_amount) as amount
                    from payment x join project_grant g on g.id = x.grant_id join project p on p.id = g.project_id
                    where x.paid_date is null and x.planned_date >= :thisMonth and x.planned_date < :afterLastMonth and %s
                    group by 1)
                select m.month as month, coalesce(pd.amount, 0) as paid, coalesce(pl.amount, 0) as planned
                from months m left join paid pd on pd.month = m.month left join planned pl on pl.month = m.month
                order by m.month""".formatted(scope, scope), parameters);
    }
}
