package dk.pulje.application.security;

import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.account.UserAccount;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks a username and password for the login form and for HTTP Basic (the REST API). Every attempt is logged; five
 * failures in a row lock the account for 15 minutes; an unknown username costs the same hashing time as a known one,
 * so that timing does not tell which usernames exist.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    /** Verified against when the username is unknown, so that both paths take as long. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not a real password".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecurityLog securityLog;

    private final PasswordHasher hasher = new PasswordHasher();

    public record Result(LoginOutcome outcome, AuthenticatedUser user) {
    }

    public Result verify(String typedUsername, char[] password, String remoteAddress) {
        String username;
        try {
            username = UserAccount.normaliseUsername(typedUsername);
        } catch (RuleViolation e) {
            hasher.verify(password, DUMMY_HASH);
            securityLog.record(SecurityEventType.LOGIN_FAILED, typedUsername, null, remoteAddress, "malformed username");
            return new Result(LoginOutcome.REJECTED, null);
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = find(username);
        if (found.isEmpty()) {
            hasher.verify(password, DUMMY_HASH);
            securityLog.record(SecurityEventType.LOGIN_FAILED, username, null, remoteAddress, "unknown user");
            return new Result(LoginOutcome.REJECTED, null);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            securityLog.record(SecurityEventType.LOGIN_WHILE_LOCKED, username, null, remoteAddress,
                    "locked until " + account.getLockedUntil());
            return new Result(LoginOutcome.LOCKED, null);
        }
        boolean matches = hasher.verify(password, account.getPasswordHash());
        if (!matches || !account.isEnabled()) {
            boolean lockedNow = !matches && account.recordFailedLogin(now);
            securityLog.record(SecurityEventType.LOGIN_FAILED, username, null, remoteAddress,
                    matches ? "account disabled" : "wrong password");
            if (lockedNow) {
                securityLog.record(SecurityEventType.ACCOUNT_LOCKED, username, null, remoteAddress,
                        UserAccount.MAX_FAILED_LOGINS + " failed logins in a row");
                return new Result(LoginOutcome.LOCKED, null);
            }
            return new Result(LoginOutcome.REJECTED, null);
        }
        account.recordLogin(now);
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(hasher.hash(password), account.getPasswordChangedAt());
        }
        securityLog.record(SecurityEventType.LOGIN_SUCCEEDED, username, null, remoteAddress, null);
        return new Result(LoginOutcome.SUCCEEDED,
                new AuthenticatedUser(account.getUsername(), account.getDisplayName(), account.getRoles()));
    }

    /** The roles of a user who is still allowed in: used on every request, so that disabling a user acts at once. */
    public Optional<AuthenticatedUser> stillValid(String username) {
        return find(username).filter(UserAccount::isEnabled)
                .map(a -> new AuthenticatedUser(a.getUsername(), a.getDisplayName(), a.getRoles()));
    }

    private Optional<UserAccount> find(String username) {
        List<UserAccount> accounts = em.createQuery(
                        "select u from UserAccount u left join fetch u.roles where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.NONE)
                .getResultList();
        return accounts.stream().findFirst();
    }
}
