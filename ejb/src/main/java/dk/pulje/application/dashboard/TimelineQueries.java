package dk.pulje.application.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The timeline's two statements (issue 11): the projects whose period meets the window (at most {@code max}, by
 * start, with how many meet it in all and each one's next open report deadline), and the report deadlines of those
 * same projects inside the window. A project with only a start or only an end is a one-day period at that date; a
 * project with neither has no place on a timeline. Public and static for {@code ./pulje bench}.
 */
public final class TimelineQueries {

    /** The projects shown, in order; the same text in both statements, so that they agree on which. */
    private static final String SHOWN = """
            select p.id from project p
            where coalesce(p.start_date, p.end_date) <= :windowEnd and coalesce(p.end_date, p.start_date) >= :windowStart
              and %s
            order by coalesce(p.start_date, p.end_date), p.id
            fetch first :max rows only""";

    private TimelineQueries() {
    }

    /**
     * At most {@code max} rows: project_id, project_title, fund_name, status, start_date, end_date, next_report (the
     * earliest due date of a report still due or returned, overdue ones included), overdue_reports, and total (how
     * many projects meet the window, so the page can say that it shows the first {@code max}).
     */
    public static NativeAggregate projects(DashboardSql.Condition projects, LocalDate today, LocalDate windowStart,
                                           LocalDate windowEnd, int max) {
        Map<String, Object> parameters = parameters(projects, windowStart, windowEnd, max);
        parameters.put("today", today);
        return new NativeAggregate("""
                select p.id as project_id, p.title as project_title, f.short_name as fund_name, p.status as status,
                       p.start_date as start_date, p.end_date as end_date, rep.next_report as next_report,
                       coalesce(rep.overdue, 0) as overdue_reports, count(*) over () as total
                from project p join fund f on f.id = p.fund_id
                     left join lateral (
                         select min(ro.due_date) as next_report, count(*) filter (where ro.due_date < :today) as overdue
                         from report_obligation ro
                         where ro.project_id = p.id and ro.status in ('DUE', 'RETURNED')) rep on true
                where coalesce(p.start_date, p.end_date) <= :windowEnd and coalesce(p.end_date, p.start_date) >= :windowStart
                  and %s
                order by coalesce(p.start_date, p.end_date), p.id
                fetch first :max rows only""".formatted(projects.text()), parameters);
    }

    /**
     * The report deadlines inside the window of the projects {@link #projects} shows: report_id, project_id,
     * report_type, report_status, due_date; by date.
     */
    public static NativeAggregate deadlines(DashboardSql.Condition projects, LocalDate windowStart, LocalDate windowEnd, int max) {
        return new NativeAggregate("""
                select ro.id as report_id, ro.project_id as project_id, ro.report_type as report_type,
                       ro.status as report_status, ro.due_date as due_date
                from report_obligation ro
                where ro.due_date between :windowStart and :windowEnd and ro.project_id in (%s)
                order by ro.due_date, ro.id""".formatted(SHOWN.formatted(projects.text())),
                parameters(projects, windowStart, windowEnd, max));
    }

    private static Map<String, Object> parameters(DashboardSql.Condition projects, LocalDate windowStart, LocalDate windowEnd, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("windowStart", windowStart);
        parameters.put("windowEnd", windowEnd);
        parameters.put("max", max);
        return parameters;
    }
}
