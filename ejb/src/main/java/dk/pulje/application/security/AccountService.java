package dk.pulje.application.security;

import dk.pulje.domain.model.account.PasswordPolicy;
import dk.pulje.domain.model.account.Roles;
import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What every logged-in person may do with their own account: change their password. The current password is checked
 * like a login (throttled, bounded hashing, no connection held meanwhile), so that a stolen session cannot be used to
 * guess it.
 */
@Stateless
@RolesAllowed({Roles.FUND_ADMIN, Roles.APPLICANT, Roles.REGIONAL_STAFF, Roles.SYSTEM_ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private PasswordCheck check;

    @Inject
    private PasswordChanges changes;

    @Resource
    private SessionContext context;

    /**
     * The current password must be given again, so that an unattended session cannot take over the account.
     * Returns the new password's time: the caller's session keeps working with it, every other session ends.
     */
    public Instant changeOwnPassword(@NotNull char[] currentPassword, @NotNull char[] newPassword, String remoteAddress) {
        String username = context.getCallerPrincipal().getName();
        Optional<Duration> wait = throttle.waitBefore(username, remoteAddress);
        if (wait.isPresent()) {
            throw new RuleViolation("password.throttled", Math.max(1, wait.get().toSeconds()));
        }
        String stored = em.createQuery("select u.passwordHash from UserAccount u where u.username = :u", String.class)
                .setParameter("u", username).getSingleResult();
        PasswordCheck.Verdict current = check.verify(currentPassword, stored);
        if (current == PasswordCheck.Verdict.BUSY) {
            throw new RuleViolation("password.busy");
        }
        if (current == PasswordCheck.Verdict.NO_MATCH) {
            throttle.failed(username, remoteAddress);
            securityLog.record(SecurityEventType.LOGIN_FAILED, username, username, remoteAddress,
                    "security.detail.wrongCurrentPassword");
            throw new RuleViolation("password.currentWrong");
        }
        PasswordPolicy.check(newPassword, username);
        if (check.verify(newPassword, stored) == PasswordCheck.Verdict.MATCH) {
            throw new RuleViolation("password.unchanged");
        }
        String hash = check.hashNew(newPassword).orElseThrow(() -> new RuleViolation("password.busy"));
        // The database keeps microseconds; the session compares this value with what it reads back.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        changes.change(username, stored, hash, now, remoteAddress);
        return now;
    }
}
