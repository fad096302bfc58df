package dk.pulje.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadPlanTest {

    @Test
    void defaultsAreTheIssuesRun() {
        LoadPlan.Settings settings = LoadPlan.Settings.from(Map.of());
        assertEquals(new LoadPlan.Settings(100_000, 50, Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofSeconds(3)),
                settings);
    }

    @Test
    void aShortTrialIsConfiguredFromTheEnvironment() {
        LoadPlan.Settings settings = LoadPlan.Settings.from(Map.of("PULJE_LOAD_PROJECTS", "5000", "PULJE_LOAD_USERS", "6",
                "PULJE_LOAD_DURATION", "30", "PULJE_LOAD_THINK", "0"));
        assertEquals(new LoadPlan.Settings(5_000, 6, Duration.ofSeconds(30), Duration.ZERO, Duration.ZERO), settings);
        assertEquals(Duration.ofMillis(500), LoadPlan.Settings.from(Map.of("PULJE_LOAD_THINK", "0.5-2")).thinkMin());
    }

    @Test
    void nonsenseIsRefusedWithTheVariablesName() {
        IllegalArgumentException duration = assertThrows(IllegalArgumentException.class,
                () -> LoadPlan.Settings.from(Map.of("PULJE_LOAD_DURATION", "five minutes")));
        assertEquals("PULJE_LOAD_DURATION must be a whole number above 0, not five minutes", duration.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LoadPlan.Settings.from(Map.of("PULJE_LOAD_THINK", "3-1")));
        assertThrows(IllegalArgumentException.class, () -> LoadPlan.Settings.from(Map.of("PULJE_LOAD_USERS", "0")));
    }

    @Test
    void fiftyUsersAreTwentyAdministratorsFifteenApplicantsAndFifteenRegionalStaff() {
        LoadPlan plan = plan(50);
        assertEquals(List.of(20, 15, 15), List.of(plan.administrators(), plan.applicants(), plan.regionalStaff()));
        LoadPlan three = plan(3);
        assertEquals(List.of(1, 1, 1), List.of(three.administrators(), three.applicants(), three.regionalStaff()));
    }

    private static LoadPlan plan(int users) {
        return new LoadPlan("http://localhost:1/pulje/", "t", "p", users, Duration.ofSeconds(30), Duration.ZERO,
                Duration.ZERO, List.of(1L), List.of(2L), List.of(3L));
    }
}
