package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * "Which reports are overdue, and whose?" (issue 11, Q5) over the caller's portfolio narrowed by the dashboards'
 * filter: fund administrators and regional staff alike, each over their own funds. Two statements per page
 * ({@link OverdueReportQueries}), whatever the size of the portfolio. "Today" is Danish today.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class OverdueReportService {

    /** The largest page a caller may ask for (the REST API's size too). */
    public static final int MAX_PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    public OverdueReportPage overdue(@NotNull DashboardFilter filter, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        LocalDate today = LocalDate.now(clock);
        DashboardSql.Condition projects = DashboardSql.projects(scopes.current(), filter);
        long total = ((Number) OverdueReportQueries.count(projects, today).rows(em).get(0).get("overdue")).longValue();
        List<OverdueReport> rows = total <= first ? List.of()
                : OverdueReportQueries.page(projects, today, first, max).rows(em).stream().map(OverdueReportService::report).toList();
        return new OverdueReportPage(today, total, rows);
    }

    private static OverdueReport report(Tuple row) {
        return new OverdueReport(number(row.get("report_id")), number(row.get("project_id")), (String) row.get("project_title"),
                (String) row.get("fund_name"), (String) row.get("round_name"), (String) row.get("owner_name"),
                (String) row.get("contact_name"), (String) row.get("contact_email"),
                ReportType.valueOf((String) row.get("report_type")), ReportStatus.valueOf((String) row.get("report_status")),
                MoneyDashboardService.date(row.get("due_date")), number(row.get("days_overdue")));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
