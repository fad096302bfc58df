package dk.pulje.it.security;

import dk.pulje.application.security.AccountService;
import dk.pulje.application.security.AuthenticationService;
import dk.pulje.application.security.LoginOutcome;
import dk.pulje.application.security.NewUser;
import dk.pulje.application.security.SecurityEventView;
import dk.pulje.application.security.SecurityLogReader;
import dk.pulje.application.security.UserAdminService;
import dk.pulje.application.security.UserSummary;
import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.it.support.PuljeDeployments;
import dk.pulje.it.support.PuljeIntegrationTest;
import dk.pulje.it.support.TestData;
import dk.pulje.it.support.as.AsDemoUser;
import dk.pulje.it.support.as.DemoUser;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logins against the users in PostgreSQL: hashing, throttling, disabling, the password policy and the security log. */
@PuljeIntegrationTest
@AsDemoUser(DemoUser.SYSADMIN)
class AuthenticationIT {

    private static final String GOOD_PASSWORD = "Lange sætninger er gode kodeord";

    @Deployment
    static EnterpriseArchive deployment() {
        return PuljeDeployments.withTests(AuthenticationIT.class, TestData.class);
    }

    @Inject
    UserAdminService admin;

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountService account;

    @Inject
    SecurityLogReader log;

    @PersistenceContext(unitName = "pulje")
    EntityManager em;

    @Test
    void passwordsAreStoredAsPbkdf2WithSixHundredThousandIterations() {
        String username = newUser(Set.of(Role.APPLICANT));
        String hash = (String) em.createNativeQuery("select password_hash from user_account where username = ?1")
                .setParameter(1, username).getSingleResult();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
        assertTrue(!hash.contains(GOOD_PASSWORD));
        assertTrue(new PasswordHasher().verify(GOOD_PASSWORD.toCharArray(), hash));
        String other = newUser(Set.of(Role.APPLICANT));
        String otherHash = (String) em.createNativeQuery("select password_hash from user_account where username = ?1")
                .setParameter(1, other).getSingleResult();
        assertNotEquals(hash.split(":")[2], otherHash.split(":")[2], "every password has its own salt");
    }

    @Test
    void failuresSlowGuessingFromThatAddressButLockNobodyOut() {
        String username = newUser(Set.of(Role.APPLICANT));
        for (int i = 1; i <= 6; i++) {
            assertEquals(LoginOutcome.REJECTED, authentication.verify(username, "wrong".toCharArray(), "10.0.0.1").outcome());
        }
        AuthenticationService.Result throttled = authentication.verify(username, GOOD_PASSWORD.toCharArray(), "10.0.0.1");
        assertEquals(LoginOutcome.THROTTLED, throttled.outcome(), "the guessing address waits, even with the right password");
        assertTrue(throttled.retryAfter().toSeconds() >= 0 && throttled.retryAfter().toMinutes() <= 15);
        assertEquals(LoginOutcome.SUCCEEDED, authentication.verify(username, GOOD_PASSWORD.toCharArray(), "10.0.0.2").outcome(),
                "the real user from another address is never kept out");
        assertEquals(6, eventsOf(username).stream().filter(e -> e == SecurityEventType.LOGIN_FAILED).count(),
                "every checked failure is logged, the throttled attempt is not");
        assertEquals(List.of(), eventsOf(username).stream()
                .filter(e -> e == SecurityEventType.ACCOUNT_LOCKED || e == SecurityEventType.LOGIN_WHILE_LOCKED).toList());
        Number lockColumns = (Number) em.createNativeQuery(
                "select count(*) from information_schema.columns where table_name = 'user_account' and column_name = 'locked_until'")
                .getSingleResult();
        assertEquals(0, lockColumns.intValue(), "there is no lock any more");
    }

    @Test
    void anUnknownUserAndAKnownOneAreThrottledAlikeAndAnsweredInTheSameTime() {
        String existing = newUser(Set.of(Role.APPLICANT));
        String unknown = "nobody-" + Long.toString(System.nanoTime(), 36);
        List<LoginOutcome> known = new java.util.ArrayList<>();
        List<LoginOutcome> ghost = new java.util.ArrayList<>();
        long knownNanos = 0;
        long ghostNanos = 0;
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            known.add(authentication.verify(existing, "not the password".toCharArray(), "10.1.0.1").outcome());
            knownNanos += System.nanoTime() - start;
            start = System.nanoTime();
            ghost.add(authentication.verify(unknown, "not the password".toCharArray(), "10.1.0.2").outcome());
            ghostNanos += System.nanoTime() - start;
        }
        assertEquals(known, ghost, "the same answers, in the same order");
        assertEquals(LoginOutcome.THROTTLED, known.get(6));
        double ratio = (double) knownNanos / ghostNanos;
        assertTrue(ratio > 0.5 && ratio < 2.0, "about the same time: known " + knownNanos / 1_000_000 + " ms, unknown "
                + ghostNanos / 1_000_000 + " ms");
    }

    @Test
    void aNulOrAControlCharacterInAUsernameIsAFailedLoginLoggedSafely() {
        for (String typed : List.of("admin\u0000", "x\nFORGED LOGIN_SUCCEEDED user=admin", "\u001b[31madmin")) {
            assertEquals(LoginOutcome.REJECTED, authentication.verify(typed, "x".toCharArray(), "10.2.0.1").outcome());
        }
        List<SecurityEventView> failures = log.page(0, 50).stream()
                .filter(e -> e.type() == SecurityEventType.LOGIN_FAILED && "10.2.0.1".equals(e.remoteAddress())).toList();
        assertEquals(3, failures.size());
        for (SecurityEventView failure : failures) {
            assertTrue(failure.username().chars().noneMatch(Character::isISOControl), failure.username());
            assertEquals("security.detail.malformedUsername", failure.detail());
        }
        assertTrue(failures.stream().anyMatch(f -> f.username().equals("x\\nforged login_succeeded user=admin")),
                failures.toString());
    }

    @Test
    @AsDemoUser(DemoUser.REGION)
    void theCurrentPasswordOnThePasswordPageIsThrottledLikeALogin() {
        for (int i = 1; i <= 6; i++) {
            assertEquals("password.currentWrong", assertThrows(RuleViolation.class,
                    () -> account.changeOwnPassword("wrong".toCharArray(), "En helt ny og lang kode".toCharArray(), "10.3.0.1")).key());
        }
        RuleViolation throttled = assertThrows(RuleViolation.class, () -> account.changeOwnPassword(
                DemoUser.PASSWORD.toCharArray(), "En helt ny og lang kode".toCharArray(), "10.3.0.1"));
        assertEquals("password.throttled", throttled.key(), "even the right current password waits");
    }

    @Test
    void nobodyChangesTheirOwnRolesOrFunds() {
        UserSummary me = user("sysadmin");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> admin.changeAccess(me.id(), me.version(),
                Set.of(Role.SYSTEM_ADMIN, Role.FUND_ADMIN), Set.of(), Set.of(TestData.testFundId()), Set.of()));
        assertEquals("user.cannotChangeOwnAccess", refused.key());
        assertEquals(Set.of(Role.SYSTEM_ADMIN), user("sysadmin").roles(), "nothing changed");
        assertTrue(user("sysadmin").administeredFundIds().isEmpty());
        assertTrue(log.page(0, 50).stream().anyMatch(e -> e.type() == SecurityEventType.ACCESS_DENIED
                && "sysadmin".equals(e.username()) && "sysadmin".equals(e.actor())
                && "security.detail.ownAccess".equals(e.detail())), "the attempt is logged");
        assertEquals("user.cannotResetOwnPassword", assertThrows(RuleViolation.class,
                () -> admin.resetPassword(me.id(), me.version(), "En ny og lang adgangskode".toCharArray())).key());
    }

    @Test
    void apiCallsAreNotLoggedAsLoginsButTheirRefusalsAre() {
        String username = newUser(Set.of(Role.REGIONAL_STAFF));
        for (int i = 0; i < 3; i++) {
            assertEquals(LoginOutcome.SUCCEEDED, authentication.verify(username, GOOD_PASSWORD.toCharArray(), "10.4.0.1",
                    AuthenticationService.Channel.API).outcome());
        }
        assertEquals(LoginOutcome.REJECTED, authentication.verify(username, "wrong".toCharArray(), "10.4.0.1",
                AuthenticationService.Channel.API).outcome());
        assertEquals(List.of(SecurityEventType.LOGIN_FAILED, SecurityEventType.USER_CREATED), eventsOf(username),
                "each API call authenticates one request and is not a login; its refusal is logged");
        assertTrue(user(username).lastLoginAt() != null, "the last login is still recorded");
        assertEquals(LoginOutcome.SUCCEEDED, authentication.verify(username, GOOD_PASSWORD.toCharArray(), "10.4.0.1").outcome());
        assertEquals(SecurityEventType.LOGIN_SUCCEEDED, eventsOf(username).get(0), "a form login is logged");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        assertEquals(LoginOutcome.REJECTED, authentication.verify("nobody-" + System.nanoTime(), "x".toCharArray(), null).outcome());
        String existing = newUser(Set.of(Role.APPLICANT));
        AuthenticationService.Result wrong = authentication.verify(existing, "not the password".toCharArray(), null);
        assertEquals(LoginOutcome.REJECTED, wrong.outcome());
        assertNull(wrong.user());
    }

    @Test
    void aDisabledUserCannotLogInAndIsDroppedFromRunningSessions() {
        String username = newUser(Set.of(Role.REGIONAL_STAFF));
        assertEquals(LoginOutcome.SUCCEEDED, authentication.verify(username, GOOD_PASSWORD.toCharArray(), null).outcome());
        UserSummary user = user(username);
        admin.disable(user.id(), user.version());
        assertEquals(LoginOutcome.REJECTED, authentication.verify(username, GOOD_PASSWORD.toCharArray(), null).outcome());
        assertTrue(authentication.stillValid(username).isEmpty(), "the next request of an open session is refused");
        assertTrue(eventsOf(username).contains(SecurityEventType.USER_DISABLED));
    }

    @Test
    void weakPasswordsAreRefusedWithAClearMessage() {
        RuleViolation tooShort = assertThrows(RuleViolation.class, () -> admin.create(user(TestData.unique("kort").toLowerCase(Locale.ROOT).replace(' ', '-'), "Kort1!")));
        assertEquals("Adgangskoden skal være mindst 12 tegn lang. Brug gerne en sætning.", tooShort.messageIn(new Locale("da")));
        RuleViolation common = assertThrows(RuleViolation.class, () -> admin.create(user("almindelig-" + System.nanoTime(), "Password1234")));
        assertEquals("password.common", common.key());
        RuleViolation dressedUp = assertThrows(RuleViolation.class, () -> admin.create(user("sommer-" + System.nanoTime(), "Sommer2026!!!")));
        assertEquals("password.common", dressedUp.key());
    }

    @Test
    void roleChangesAreLoggedWithWhoMadeThem() {
        String username = newUser(Set.of(Role.APPLICANT));
        UserSummary user = user(username);
        admin.changeAccess(user.id(), user.version(), Set.of(Role.REGIONAL_STAFF), Set.of(), Set.of(), Set.of());
        SecurityEventView change = log.page(0, 200).stream()
                .filter(e -> username.equals(e.username()) && e.type() == SecurityEventType.ROLES_CHANGED)
                .findFirst().orElseThrow();
        assertEquals("sysadmin", change.actor(), "who changed it");
        assertEquals(username, change.username(), "and whose access it was");
        assertEquals("security.detail.accessChanged", change.detail(), "a message key, shown in the reader's language");
        assertTrue(change.arguments().get(1).contains("REGIONAL_STAFF"), change.arguments().toString());
        assertEquals(Set.of(Role.REGIONAL_STAFF), user(username).roles());
    }

    @Test
    void anAdministratorRenamesAnExistingUserAtTheVersionTheySaw() {
        String username = newUser(Set.of(Role.APPLICANT));
        UserSummary user = user(username);
        admin.rename(user.id(), user.version(), "  Lotte Duwe Nielsen  ");
        UserSummary renamed = user(username);
        assertEquals("Lotte Duwe Nielsen", renamed.displayName());
        assertEquals(Set.of(Role.APPLICANT), renamed.roles(), "the access stays as it was");
        SecurityEventView event = log.page(0, 200).stream()
                .filter(e -> username.equals(e.username()) && e.type() == SecurityEventType.USER_RENAMED)
                .findFirst().orElseThrow();
        assertEquals("sysadmin", event.actor());
        assertEquals(List.of("Test Bruger", "Lotte Duwe Nielsen"), event.arguments());

        assertThrows(dk.pulje.domain.model.shared.ConcurrentChange.class,
                () -> admin.rename(user.id(), user.version(), "Et forældet navn"), "a stale version changes nothing");
        RuleViolation blank = assertThrows(RuleViolation.class, () -> admin.rename(renamed.id(), renamed.version(), " "));
        assertEquals("field.required", blank.key());
        assertEquals("Lotte Duwe Nielsen", user(username).displayName());
    }

    @Test
    @AsDemoUser(DemoUser.ADMIN)
    void onlySystemAdministratorsManageUsersAndReadTheLog() {
        assertThrows(EJBAccessException.class, () -> admin.users());
        assertThrows(EJBAccessException.class, () -> admin.rename(1, 0, "Ny Navn"));
        assertThrows(EJBAccessException.class, () -> log.count());
    }

    private String newUser(Set<Role> roles) {
        String username = "test-" + Long.toString(System.nanoTime(), 36);
        admin.create(new NewUser(username, "Test Bruger", null, GOOD_PASSWORD.toCharArray(), roles, Set.of(), Set.of(), Set.of()));
        return username;
    }

    private static NewUser user(String username, String password) {
        return new NewUser(username, "Test", null, password.toCharArray(), Set.of(Role.APPLICANT), Set.of(), Set.of(), Set.of());
    }

    private UserSummary user(String username) {
        return admin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private List<SecurityEventType> eventsOf(String username) {
        return log.page(0, 500).stream().filter(e -> username.equals(e.username())).map(SecurityEventView::type).toList();
    }
}
