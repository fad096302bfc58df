package dk.pulje.application.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The overdue reports of the caller's (filtered) portfolio (issue 11, Q5): a count and a page, most overdue first,
 * paged in PostgreSQL. Overdue as {@code ReportObligation.statusOn} says: due or returned, with a due date before
 * today; projects rejected, closed or withdrawn owe nothing. The open-reports condition is written as literals, so
 * that PostgreSQL may read {@code report_obligation_due_idx} (V2, partial on the same statuses) in date order.
 * Unlike the administrators' deadline board ({@code DeadlineQueries}), the scope is the dashboards' portfolio:
 * regional staff see their funds' overdue reports too. Public and static for {@code ./pulje bench}.
 */
public final class OverdueReportQueries {

    private static final String FROM = """
            from report_obligation ro join project p on p.id = ro.project_id
            where ro.status in ('DUE', 'RETURNED') and ro.due_date < :today
              and p.status not in ('REJECTED', 'CLOSED', 'WITHDRAWN') and %s""";

    private OverdueReportQueries() {
    }

    /** One row: overdue (the number of overdue reports). */
    public static NativeAggregate count(DashboardSql.Condition projects, LocalDate today) {
        return new NativeAggregate("select count(*) as overdue " + FROM.formatted(projects.text()), with(projects, today));
    }

    /**
     * A page, most overdue first (then by report id, so that pages never overlap): report_id, project_id,
     * project_title, fund_name, round_name, owner_name, contact_name and contact_email (the project's first contact,
     * position 0, as the work lists and reminders name it), report_type, report_status, due_date, days_overdue.
     */
    public static NativeAggregate page(DashboardSql.Condition projects, LocalDate today, int first, int max) {
        Map<String, Object> parameters = with(projects, today);
        parameters.put("first", first);
        parameters.put("max", max);
        return new NativeAggregate("""
                select r.report_id as report_id, r.project_id as project_id, p.title as project_title,
                       f.short_name as fund_name, fr.name as round_name, o.name as owner_name,
                       cp.name as contact_name, cp.email as contact_email, r.report_type as report_type,
                       r.report_status as report_status, r.due_date as due_date,
                       cast(:today as date) - r.due_date as days_overdue
                from (select ro.id as report_id, ro.project_id as project_id, ro.report_type as report_type,
                             ro.status as report_status, ro.due_date as due_date
                      %s
                      order by ro.due_date, ro.id
                      offset :first rows fetch first :max rows only) r
                     join project p on p.id = r.project_id join fund f on f.id = p.fund_id
                     left join funding_round fr on fr.id = p.round_id
                     left join organisation o on o.id = p.owner_id
                     left join project_contact pc on pc.project_id = p.id and pc.position = 0
                     left join contact_person cp on cp.id = pc.contact_person_id
                order by r.due_date, r.report_id""".formatted(FROM.formatted(projects.text())), parameters);
    }

    private static Map<String, Object> with(DashboardSql.Condition projects, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>(projects.parameters());
        parameters.put("today", today);
        return parameters;
    }
}
