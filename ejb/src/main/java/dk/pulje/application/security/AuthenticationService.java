package dk.pulje.application.security;

import dk.pulje.domain.model.account.PasswordHasher;
import dk.pulje.domain.model.account.Role;
import dk.pulje.domain.model.account.UserAccount;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a username and password for the login form and for HTTP Basic (the REST API), in three steps that never hold
 * a database connection while the password is hashed: read the account (no transaction: the connection goes back
 * after the statement), hash ({@link PasswordCheck}, bounded), record the outcome ({@link LoginRecorder}, one short
 * transaction). Guessing is slowed by {@link LoginThrottle}; nothing locks an account. An unknown username costs the
 * same hashing and gets the same answer as a wrong password (docs/security.md).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthenticationService {

    /** Verified against when the username is unknown, so that both paths take as long. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not a real password".toCharArray());
    /** An API client's last login is written at most this often (every call is an authentication). */
    private static final Duration LAST_LOGIN_GRANULARITY = Duration.ofMinutes(1);

    /** How the credentials came: a form login is a login (logged); an API call authenticates one request. */
    public enum Channel { FORM, API }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private PasswordCheck check;

    @Inject
    private LoginRecorder recorder;

    @Inject
    private LastLoginWrites lastLogins;

    public record Result(LoginOutcome outcome, AuthenticatedUser user, Duration retryAfter) {

        static Result of(LoginOutcome outcome) {
            return new Result(outcome, null, null);
        }
    }

    /** A form login (logged when it succeeds). */
    public Result verify(String typedUsername, char[] password, String remoteAddress) {
        return verify(typedUsername, password, remoteAddress, Channel.FORM);
    }

    public Result verify(String typedUsername, char[] password, String remoteAddress, Channel channel) {
        String username = normalisedOrNull(typedUsername);
        // Malformed names (control characters, NUL, 500 characters) are counted as typed, cut to a sane length; the
        // security log escapes them.
        String typed = String.valueOf(typedUsername);
        String key = username != null ? username
                : typed.substring(0, Math.min(typed.length(), 100)).toLowerCase(Locale.ROOT);
        Optional<Duration> wait = throttle.waitBefore(key, remoteAddress);
        if (wait.isPresent()) {
            return new Result(LoginOutcome.THROTTLED, null, wait.get());
        }
        Optional<Account> account = username == null ? Optional.empty() : account(username);
        PasswordCheck.Verdict verdict = check.verify(password, account.map(Account::passwordHash).orElse(DUMMY_HASH));
        if (verdict == PasswordCheck.Verdict.BUSY) {
            return new Result(LoginOutcome.BUSY, null, Duration.ofSeconds(1));
        }
        if (verdict == PasswordCheck.Verdict.NO_MATCH || account.isEmpty() || !account.get().enabled()) {
            throttle.failed(key, remoteAddress);
            recorder.failed(account.map(Account::username).orElse(null), key, remoteAddress,
                    username == null ? "security.detail.malformedUsername"
                            : account.isEmpty() ? "security.detail.unknownUser"
                            : verdict == PasswordCheck.Verdict.MATCH ? "security.detail.disabled"
                            : "security.detail.wrongPassword");
            return Result.of(LoginOutcome.REJECTED);
        }
        Account found = account.get();
        throttle.succeeded(username, remoteAddress);
        String rehashed = check.needsRehash(found.passwordHash()) ? check.hashNew(password).orElse(null) : null;
        boolean form = channel == Channel.FORM;
        if (form || rehashed != null || lastLogins.isDue(username, clock.instant(), LAST_LOGIN_GRANULARITY)) {
            recorder.succeeded(username, remoteAddress, found.passwordHash(), rehashed, form);
        }
        return new Result(LoginOutcome.SUCCEEDED,
                new AuthenticatedUser(found.username(), found.displayName(), roles(username), found.passwordChangedAt()), null);
    }

    /** The user as they are now, if still allowed in: used on every request, so that disabling a user acts at once. */
    public Optional<AuthenticatedUser> stillValid(String username) {
        return account(username).filter(Account::enabled)
                .map(a -> new AuthenticatedUser(a.username(), a.displayName(), roles(username), a.passwordChangedAt()));
    }

    private Optional<Account> account(String username) {
        List<Account> accounts = em.createQuery("""
                        select new dk.pulje.application.security.AuthenticationService$Account(
                               u.username, u.displayName, u.passwordHash, u.enabled, u.passwordChangedAt)
                        from UserAccount u where u.username = :username""", Account.class)
                .setParameter("username", username)
                .getResultList();
        return accounts.stream().findFirst();
    }

    private Set<Role> roles(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(em.createQuery("select r from UserAccount u join u.roles r where u.username = :username", Role.class)
                .setParameter("username", username).getResultList());
        return roles;
    }

    private static String normalisedOrNull(String typed) {
        try {
            return UserAccount.normaliseUsername(typed);
        } catch (RuleViolation e) {
            return null;
        }
    }

    /** What a login needs of an account, read without a transaction. */
    public record Account(String username, String displayName, String passwordHash, boolean enabled,
                          Instant passwordChangedAt) {
    }
}
