package dk.pulje.application.dashboard;

import dk.pulje.application.security.CallerScope;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.organisation.OrganisationType;
import dk.pulje.domain.model.project.ProjectStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round dashboard's statements as the benchmark runs them through plain JDBC: every named parameter bound, each
 * filter's value once per use, the portfolio always in the where clause, and nothing of the filter's text in the SQL.
 */
class RoundQueriesTest {

    private final CallerScope region = new CallerScope("region", Set.of(Role.REGIONAL_STAFF), Set.of(), Set.of(1L, 2L), Set.of());
    private final DashboardFilter everything = new DashboardFilter(1L, 99L, 2024, 3L, "Randers'; drop table project; --",
            OrganisationType.SCHOOL, ProjectStatus.GRANTED, 4L);

    @Test
    void everyParameterIsBoundForPlainJdbc() {
        for (NativeAggregate statement : List.of(RoundQueries.summary(region, everything, List.of(7L, 8L)),
                RoundQueries.subPools(region, everything, List.of(7L, 8L)), RoundQueries.funds(region),
                RoundQueries.rounds(region, 1L))) {
            NativeAggregate.Jdbc jdbc = statement.jdbc();
            long marks = jdbc.sql().chars().filter(c -> c == '?').count();
            assertEquals(marks, jdbc.values().size(), jdbc.sql());
            assertFalse(jdbc.sql().contains("Randers"), "the town travels as a value, never as SQL text");
            assertFalse(jdbc.sql().matches("(?s).*(?<![:\\w]):[A-Za-z].*"), "a named parameter left unbound: " + jdbc.sql());
        }
    }

    @Test
    void theRoundIsTheRowNotAFilterAndThePortfolioIsAlwaysThere() {
        NativeAggregate summary = RoundQueries.summary(region, everything, List.of(7L));
        assertFalse(summary.parameters().containsKey("p_round"), "the filter's round would hide the other rounds asked for");
        assertEquals(List.of(7L), summary.parameters().get("rounds"));
        assertTrue(summary.sql().contains("r.fund_id in (:portfolio)"));
        assertEquals(Set.of(1L, 2L), Set.copyOf((List<?>) summary.parameters().get("portfolio")));
        assertEquals("Randers'; drop table project; --", summary.parameters().get("p_town"));
    }

    @Test
    void aCallerWithoutAPortfolioMatchesNoFund() {
        CallerScope applicant = new CallerScope("randers", Set.of(Role.APPLICANT), Set.of(), Set.of(), Set.of(5L));
        assertEquals(List.of(-1L), RoundQueries.summary(applicant, DashboardFilter.NONE, List.of(7L)).parameters().get("portfolio"));
        assertTrue(RoundQueries.subPools(applicant, DashboardFilter.NONE, List.of(7L)).sql().contains("(1 = 0)"));
    }
}
