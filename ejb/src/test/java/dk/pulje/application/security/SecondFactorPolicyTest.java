package dk.pulje.application.security;

import dk.pulje.domain.model.account.Role;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PULJE_REQUIRE_MFA: on by default, off on a demo database, the system property before the environment. */
class SecondFactorPolicyTest {

    private static SecondFactorPolicy policy(Map<String, String> properties, Map<String, String> environment) {
        return new SecondFactorPolicy(properties::get, environment::get);
    }

    @Test
    void requiredByDefaultAndNotOnADemoDatabase() {
        assertTrue(policy(Map.of(), Map.of()).required());
        assertFalse(policy(Map.of(), Map.of("PULJE_DEMO_DATA", "true")).required());
        assertTrue(policy(Map.of(), Map.of("PULJE_DEMO_DATA", "false")).required());
    }

    @Test
    void anExplicitSwitchWinsAndThePropertyBeforeTheEnvironment() {
        assertTrue(policy(Map.of(), Map.of("PULJE_DEMO_DATA", "true", "PULJE_REQUIRE_MFA", "true")).required());
        assertFalse(policy(Map.of(), Map.of("PULJE_REQUIRE_MFA", "false")).required());
        assertTrue(policy(Map.of("PULJE_REQUIRE_MFA", "true"), Map.of("PULJE_REQUIRE_MFA", "false")).required());
        assertFalse(policy(Map.of("PULJE_REQUIRE_MFA", "false"), Map.of()).required());
    }

    @Test
    void onlyAdministratorsAndSystemAdministratorsAreHeldToIt() {
        SecondFactorPolicy on = policy(Map.of("PULJE_REQUIRE_MFA", "true"), Map.of());
        assertTrue(on.requiredFor(Set.of(Role.FUND_ADMIN)));
        assertTrue(on.requiredFor(Set.of(Role.SYSTEM_ADMIN)));
        assertTrue(on.requiredFor(Set.of(Role.APPLICANT, Role.FUND_ADMIN)));
        assertFalse(on.requiredFor(Set.of(Role.APPLICANT)));
        assertFalse(on.requiredFor(Set.of(Role.REGIONAL_STAFF)));
        assertFalse(policy(Map.of("PULJE_REQUIRE_MFA", "false"), Map.of()).requiredFor(Set.of(Role.SYSTEM_ADMIN)));
    }
}
