package dk.pulje.it.security;

import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.RecoveryCodes;
import dk.pulje.application.security.SecondFactorCheck;
import dk.pulje.application.security.SecondFactorService;
import dk.pulje.application.security.SecurityEventView;
import dk.pulje.application.security.SecurityLogReader;
import dk.pulje.application.security.Totp;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.NativeSql;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The second factor's rules inside the server (issue 13): a code once per step, a recovery code once, wrong codes
 * throttled with LoginThrottle's keys and logged, the system administrator's reset (logged, never their own, nobody
 * else's business), and a required factor that cannot be turned off.
 */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.SYSADMIN)
class SecondFactorIT {

    private static final String PASSWORD = "Lange sætninger er gode kodeord";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String RECOVERY = "abcd-efgh-ijkl-mnop";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(SecondFactorIT.class, TestData.class);
    }

    @Inject
    UserAdminService admin;

    @Inject
    SecondFactorCheck check;

    @Inject
    SecondFactorService secondFactors;

    @Inject
    SecurityLogReader log;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void aCodeIsAcceptedOncePerStepAndARecoveryCodeOnce() throws Exception {
        String username = enrolledUser();
        String code = Totp.codeAt(SECRET, Totp.stepAt(Instant.now()));
        assertTrue(check.enrolled(username));
        assertEquals(SecondFactorCheck.Outcome.SUCCEEDED, check.verifyAtLogin(username, code, "10.20.0.1").outcome());
        assertEquals(SecondFactorCheck.Outcome.REJECTED, check.verifyAtLogin(username, code, "10.20.0.1").outcome(),
                "the same code again (a replay) is refused");
        SecondFactorCheck.Result recovery = check.verifyAtLogin(username, RECOVERY.toUpperCase(), "10.20.0.1");
        assertEquals(SecondFactorCheck.Outcome.SUCCEEDED, recovery.outcome());
        assertEquals(0, recovery.recoveryCodesLeft());
        assertEquals(SecondFactorCheck.Outcome.REJECTED, check.verifyAtLogin(username, RECOVERY, "10.20.0.1").outcome(),
                "a recovery code works once");
        assertEquals(List.of("LOGIN_FAILED security.detail.codeReplayed", "LOGIN_FAILED security.detail.wrongCode",
                        "LOGIN_SUCCEEDED security.detail.recoveryCodeUsed", "LOGIN_SUCCEEDED security.detail.secondFactorAtLogin"),
                eventsOf(username).stream().filter(e -> e.type().name().startsWith("LOGIN_"))
                        .map(e -> e.type() + " " + e.detail()).sorted().toList(), "each attempt is in the security log");
    }

    @Test
    void wrongCodesAreThrottledLikePasswordsEvenTheRightCodeWaits() throws Exception {
        String username = enrolledUser();
        for (int i = 1; i <= 6; i++) {
            assertEquals(SecondFactorCheck.Outcome.REJECTED, check.verifyAtLogin(username, "000000", "10.20.0.2").outcome());
        }
        SecondFactorCheck.Result throttled = check.verifyAtLogin(username,
                Totp.codeAt(SECRET, Totp.stepAt(Instant.now())), "10.20.0.2");
        assertEquals(SecondFactorCheck.Outcome.THROTTLED, throttled.outcome(), "not even checked during the wait");
        assertTrue(throttled.retryAfter().toSeconds() >= 0 && throttled.retryAfter().toMinutes() <= 15);
        assertEquals(SecondFactorCheck.Outcome.SUCCEEDED, check.verifyAtLogin(username,
                Totp.codeAt(SECRET, Totp.stepAt(Instant.now())), "10.20.0.3").outcome(), "the real user elsewhere is not kept out");
        assertEquals(6, eventsOf(username).stream().filter(e -> e.type() == SecurityEventType.LOGIN_FAILED).count(),
                "every checked wrong code is logged, the throttled attempt is not");
    }

    @Test
    void theSystemAdministratorResetsAnothersFactorLoggedButNeverTheirOwn() throws Exception {
        String username = enrolledUser();
        long id = idOf(username);
        assertTrue(secondFactors.enabledFor(id));
        assertTrue(secondFactors.reset(id));
        assertFalse(check.enrolled(username), "the password alone logs in now");
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from user_recovery_code where user_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue(), "the recovery codes went with it");
        SecurityEventView reset = eventsOf(username).stream()
                .filter(e -> e.type() == SecurityEventType.SECOND_FACTOR_RESET).findFirst().orElseThrow();
        assertEquals("sysadmin", reset.actor());

        RuleViolation own = assertThrows(RuleViolation.class, () -> secondFactors.reset(idOf("sysadmin")));
        assertEquals("mfa.cannotResetOwn", own.key());
        assertThrows(RuleViolation.class, () -> secondFactors.reset(999_999_999L), "an unknown user is not found");
    }

    @Test
    void onlyTheSystemAdministratorResets() throws Exception {
        long id = idOf(enrolledUser());
        for (DemoUser who : List.of(DemoUser.ADMIN, DemoUser.RANDERS, DemoUser.REGION)) {
            assertThrows(EJBAccessException.class, () -> who.call(() -> secondFactors.reset(id)), who.name());
            assertThrows(EJBAccessException.class, () -> who.call(() -> secondFactors.enabledFor(id)), who.name());
        }
        assertTrue(check.enrolled(usernameOf(id)));
    }

    @Test
    void whereItIsRequiredAnAdministratorCannotTurnItOff() throws Exception {
        // The switch as WildFly's management model sets it: a system property of the server, read at each use.
        System.setProperty("PULJE_REQUIRE_MFA", "true");
        try {
            assertTrue(DemoUser.ADMIN.call(() -> secondFactors.status()).required());
            assertFalse(DemoUser.RANDERS.call(() -> secondFactors.status()).required(), "applicants choose");
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> DemoUser.ADMIN.call(() -> {
                        secondFactors.disable("000000", "10.20.0.4");
                        return null;
                    }));
            assertEquals("mfa.requiredForRole", refused.key());
        } finally {
            System.clearProperty("PULJE_REQUIRE_MFA");
        }
        assertFalse(DemoUser.ADMIN.call(() -> secondFactors.status()).required(), "off again on the demo database");
    }

    private String enrolledUser() throws Exception {
        String username = "mfa-" + Long.toString(System.nanoTime(), 36);
        admin.create(new NewUser(username, "Test Bruger", null, PASSWORD.toCharArray(), Set.of(Role.APPLICANT),
                Set.of(), Set.of(), Set.of()));
        transaction.begin();
        try {
            long id = idOf(username);
            NativeSql.run(em, "insert into user_second_factor (user_id, secret, created_at, confirmed_at) values (?1, ?2, now(), now())",
                    id, SECRET);
            NativeSql.run(em, "insert into user_recovery_code (user_id, code_hash) values (?1, ?2)", id, RecoveryCodes.hash(RECOVERY));
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
        return username;
    }

    private long idOf(String username) {
        return ((Number) em.createNativeQuery("select id from user_account where username = ?1")
                .setParameter(1, username).getSingleResult()).longValue();
    }

    private String usernameOf(long id) {
        return (String) em.createNativeQuery("select username from user_account where id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    private List<SecurityEventView> eventsOf(String username) {
        return log.page(0, 500).stream().filter(e -> username.equals(e.username())).toList();
    }
}
