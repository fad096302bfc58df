package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScopes;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.money.Money;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * "How much is paid against granted, and what falls due in the next 12 months?" (issue 11, Q4) over the caller's
 * portfolio narrowed by the dashboards' filter: two statements ({@link MoneyQueries}), whatever its size. "Today" is
 * Danish today ({@code Clocks}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.FUND_ADMIN, Roles.REGIONAL_STAFF})
public class MoneyDashboardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerScopes scopes;

    @Inject
    private Clock clock;

    public MoneyFigures figures(@NotNull DashboardFilter filter) {
        LocalDate today = LocalDate.now(clock);
        DashboardSql.Condition projects = DashboardSql.projects(scopes.current(), filter);
        Tuple totals = MoneyQueries.totals(projects, today).rows(em).get(0);
        List<MonthFigures> months = MoneyQueries.months(projects, YearMonth.from(today)).rows(em).stream()
                .map(row -> new MonthFigures(YearMonth.from(date(row.get("month"))),
                        money(row.get("paid")), money(row.get("planned"))))
                .toList();
        return new MoneyFigures(today, ((Number) totals.get("grants")).longValue(), money(totals.get("granted")),
                money(totals.get("paid")), (BigDecimal) totals.get("paid_share"), money(totals.get("planned")),
                money(totals.get("unplanned")), money(totals.get("overdue")), money(totals.get("undated")), months);
    }

    /** PostgreSQL's date comes back as java.sql.Date or LocalDate depending on how Hibernate types the column. */
    static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static Money money(Object value) {
        return Money.dkk((BigDecimal) value);
    }
}
