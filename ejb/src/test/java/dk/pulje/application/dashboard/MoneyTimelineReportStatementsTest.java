package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import dk.pulje.domain.model.account.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The money, overdue-report and timeline statements as the benchmark runs them over JDBC: every named parameter bound,
 * the caller's funds in every branch that reads projects, the months' bounds as first days of months.
 */
class MoneyTimelineReportStatementsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final CallerScope region = new CallerScope("region", Set.of(Role.REGIONAL_STAFF), Set.of(), Set.of(7L, 9L), Set.of());
    private final DashboardSql.Condition projects = DashboardSql.projects(region,
            new DashboardFilter(null, null, null, null, "Vejle", null, null, null));

    private static long marks(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }

    @Test
    void everyStatementBindsEveryParameterForJdbc() {
        for (NativeAggregate statement : List.of(MoneyQueries.totals(projects, TODAY),
                MoneyQueries.months(projects, YearMonth.from(TODAY)),
                OverdueReportQueries.count(projects, TODAY), OverdueReportQueries.page(projects, TODAY, 0, 25),
                TimelineQueries.projects(projects, TODAY, TODAY.minusMonths(12), TODAY.plusMonths(24), 100),
                TimelineQueries.deadlines(projects, TODAY.minusMonths(12), TODAY.plusMonths(24), 100))) {
            NativeAggregate.Jdbc jdbc = statement.jdbc();
            assertEquals(marks(jdbc.sql()), jdbc.values().size(), statement.sql());
            assertFalse(jdbc.sql().matches("(?s).*:[A-Za-z].*"), "no named parameter left: " + jdbc.sql());
            assertTrue(jdbc.values().containsAll(List.of(7L, 9L, "Vejle")), "the caller's funds and the filter: " + jdbc.values());
        }
    }

    @Test
    void theMonthsRunFromElevenBeforeToElevenAfterThisMonth() {
        NativeAggregate months = MoneyQueries.months(projects, YearMonth.of(2026, 11));
        assertEquals(LocalDate.of(2025, 12, 1), months.parameters().get("firstMonth"));
        assertEquals(LocalDate.of(2026, 11, 1), months.parameters().get("thisMonth"));
        assertEquals(LocalDate.of(2027, 10, 1), months.parameters().get("lastMonth"));
        assertEquals(LocalDate.of(2027, 11, 1), months.parameters().get("afterLastMonth"));
        assertTrue(months.sql().contains("generate_series"), "empty months are rows too");
    }

    @Test
    void theMonthsStatementReadsTheScopeInBothBranches() {
        String sql = MoneyQueries.months(projects, YearMonth.of(2026, 11)).sql();
        assertEquals(2, sql.split("p\\.fund_id in \\(:p_scopeFunds\\)", -1).length - 1, sql);
    }
}
