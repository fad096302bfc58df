package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.project.ProjectStatus;
import dk.pulje.domain.model.project.ReportStatus;
import dk.pulje.domain.model.project.ReportType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The timeline of project periods with today's line and the report deadlines (issue 11), over the caller's portfolio
 * narrowed by the dashboards' filter. The window runs from a year before today to two years after it; at most
 * {@link #LIMIT} projects are shown (the earliest starts first), and the timeline says how many there are in all, so
 * that a long portfolio is narrowed by the filter rather than drawn as thousands of bars. Two statements.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class TimelineService {

    public static final int LIMIT = 100;
    static final int MONTHS_BEFORE = 12;
    static final int MONTHS_AFTER = 24;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    public Timeline timeline(@NotNull DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        LocalDate windowStart = today.minusMonths(MONTHS_BEFORE);
        LocalDate windowEnd = today.plusMonths(MONTHS_AFTER);
        DashboardSql.Condition projects = DashboardSql.projects(scopes.current(), filter);
        List<Tuple> rows = TimelineQueries.projects(projects, today, windowStart, windowEnd, LIMIT).rows(em);
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0).get("total")).longValue();
        List<TimelineProject> shown = rows.stream().map(row -> new TimelineProject(
                ((Number) row.get("project_id")).longValue(), (String) row.get("project_title"), (String) row.get("fund_name"),
                ProjectStatus.valueOf((String) row.get("status")), MoneyDashboardService.date(row.get("start_date")),
                MoneyDashboardService.date(row.get("end_date")), MoneyDashboardService.date(row.get("next_report")),
                ((Number) row.get("overdue_reports")).longValue())).toList();
        List<TimelineDeadline> deadlines = shown.isEmpty() ? List.of()
                : TimelineQueries.deadlines(projects, windowStart, windowEnd, LIMIT).rows(em).stream().map(row -> {
                    ReportStatus status = ReportStatus.valueOf((String) row.get("report_status"));
                    LocalDate due = MoneyDashboardService.date(row.get("due_date"));
                    boolean open = status == ReportStatus.DUE || status == ReportStatus.RETURNED;
                    return new TimelineDeadline(((Number) row.get("report_id")).longValue(),
                            ((Number) row.get("project_id")).longValue(), ReportType.valueOf((String) row.get("report_type")),
                            status, due, open && due.isBefore(today));
                }).toList();
        return new Timeline(today, windowStart, windowEnd, LIMIT, total, shown, deadlines);
    }
}
