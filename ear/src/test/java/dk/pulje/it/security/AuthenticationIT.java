package dk.pulje.it.security;

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

/** Logins against the users in PostgreSQL: hashing, lockout, disabling, the password policy and the security log. */
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
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
        String username = newUser(Set.of(Role.APPLICANT));
        for (int i = 1; i < 5; i++) {
            assertEquals(LoginOutcome.REJECTED, authentication.verify(username, "wrong".toCharArray(), "10.0.0.1").outcome());
        }
        assertEquals(LoginOutcome.LOCKED, authentication.verify(username, "wrong".toCharArray(), "10.0.0.1").outcome());
        assertEquals(LoginOutcome.LOCKED, authentication.verify(username, GOOD_PASSWORD.toCharArray(), "10.0.0.1").outcome());
        List<SecurityEventType> events = eventsOf(username);
        assertEquals(4 + 1, events.stream().filter(e -> e == SecurityEventType.LOGIN_FAILED).count());
        assertTrue(events.contains(SecurityEventType.ACCOUNT_LOCKED));
        assertTrue(events.contains(SecurityEventType.LOGIN_WHILE_LOCKED));
        UserSummary locked = user(username);
        assertTrue(locked.locked(), "the user list shows the lock");

        admin.resetPassword(locked.id(), locked.version(), "En ny og lang adgangskode".toCharArray());
        assertEquals(LoginOutcome.SUCCEEDED,
                authentication.verify(username, "En ny og lang adgangskode".toCharArray(), "10.0.0.1").outcome(),
                "a reset by the administrator lifts the lock");
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
        admin.changeAccess(user.id(), user.version(), Set.of(Role.REGIONAL_STAFF), Set.of(), Set.of());
        SecurityEventView change = log.page(0, 200).stream()
                .filter(e -> username.equals(e.username()) && e.type() == SecurityEventType.ROLES_CHANGED)
                .findFirst().orElseThrow();
        assertEquals("sysadmin", change.actor());
        assertTrue(change.detail().contains("REGIONAL_STAFF"), change.detail());
        assertEquals(Set.of(Role.REGIONAL_STAFF), user(username).roles());
    }

    @Test
    @AsDemoUser(DemoUser.ADMIN)
    void onlySystemAdministratorsManageUsersAndReadTheLog() {
        assertThrows(EJBAccessException.class, () -> admin.users());
        assertThrows(EJBAccessException.class, () -> log.count());
    }

    private String newUser(Set<Role> roles) {
        String username = "test-" + Long.toString(System.nanoTime(), 36);
        admin.create(new NewUser(username, "Test Bruger", null, GOOD_PASSWORD.toCharArray(), roles, Set.of(), Set.of()));
        return username;
    }

    private static NewUser user(String username, String password) {
        return new NewUser(username, "Test", null, password.toCharArray(), Set.of(Role.APPLICANT), Set.of(), Set.of());
    }

    private UserSummary user(String username) {
        return admin.users().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private List<SecurityEventType> eventsOf(String username) {
        return log.page(0, 500).stream().filter(e -> username.equals(e.username())).map(SecurityEventView::type).toList();
    }
}
