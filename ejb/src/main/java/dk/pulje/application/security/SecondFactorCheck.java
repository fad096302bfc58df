package dk.pulje.application.security;

import dk.pulje.domain.model.account.SecurityEventType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second step of a login, and the check every change of one's own second factor asks for: a code from the
 * authenticator (each 30-second step accepted once: an observed code cannot be replayed) or, at login, an unused
 * recovery code (spent by using it). Guessing is slowed by {@link LoginThrottle} with its three keys, kept apart from
 * the password's per-user counters ({@code totp:<username>}), so that getting the password right does not reset the
 * code's counter; the per-address counter is shared with passwords. Every failure and success is in the security log.
 */
@Stateless
@PermitAll
public class SecondFactorCheck {

    /** Throttle keys of codes; a username never holds a colon (UserAccount.normaliseUsername). */
    static final String THROTTLE_PREFIX = "totp:";

    public enum Outcome { SUCCEEDED, REJECTED, THROTTLED }

    /** @param recoveryCodesLeft after a recovery code was used; -1 when a TOTP code was */
    public record Result(Outcome outcome, Duration retryAfter, int recoveryCodesLeft) {

        public boolean succeeded() {
            return outcome == Outcome.SUCCEEDED;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private SecurityLog securityLog;

    /** Whether the login of this user needs a code after the password. */
    public boolean enrolled(String username) {
        return !em.createNativeQuery("""
                        select 1 from user_second_factor f join user_account u on u.id = f.user_id
                        where u.username = ?1 and f.confirmed_at is not null""")
                .setParameter(1, username).getResultList().isEmpty();
    }

    /** The login's second step: a TOTP code or a recovery code. */
    public Result verifyAtLogin(String username, String typed, String remoteAddress) {
        return verify(username, typed, remoteAddress, true, "security.detail.secondFactorAtLogin");
    }

    /**
     * A change of one's own second factor (new recovery codes, turning it off): a TOTP code, or a recovery code if
     * allowed. Public only because EJBs call each other through business methods; {@link SecondFactorService} passes
     * the caller's own username.
     */
    public Result verify(String username, String typed, String remoteAddress, boolean recoveryCodeAllowed, String successDetail) {
        String key = THROTTLE_PREFIX + username;
        Optional<Duration> wait = throttle.waitBefore(key, remoteAddress);
        if (wait.isPresent()) {
            return new Result(Outcome.THROTTLED, wait.get(), -1);
        }
        List<?> rows = em.createNativeQuery("""
                        select f.user_id, f.secret, f.last_used_step from user_second_factor f
                        join user_account u on u.id = f.user_id
                        where u.username = ?1 and f.confirmed_at is not null and u.enabled""")
                .setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            return new Result(Outcome.REJECTED, null, -1);
        }
        Object[] row = (Object[]) rows.get(0);
        long userId = ((Number) row[0]).longValue();
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep((String) row[1], typed, now);
        // Accepted only for a step after the last accepted one, atomically: two requests with one code, one wins.
        if (step.isPresent() && step.getAsLong() > ((Number) row[2]).longValue() && em.createNativeQuery("""
                        update user_second_factor set last_used_step = ?1 where user_id = ?2 and last_used_step < ?1""")
                .setParameter(1, step.getAsLong()).setParameter(2, userId).executeUpdate() == 1) {
            return succeeded(key, username, remoteAddress, successDetail, -1);
        }
        if (recoveryCodeAllowed && RecoveryCodes.looksLikeOne(typed) && em.createNativeQuery("""
                        update user_recovery_code set used_at = ?1
                        where user_id = ?2 and code_hash = ?3 and used_at is null""")
                .setParameter(1, now).setParameter(2, userId).setParameter(3, RecoveryCodes.hash(typed))
                .executeUpdate() == 1) {
            return succeeded(key, username, remoteAddress, "security.detail.recoveryCodeUsed", recoveryCodesLeft(userId));
        }
        throttle.failed(key, remoteAddress);
        // its own transaction: the caller may roll back (a refused change), the failure stays in the log
        securityLog.record(SecurityEventType.LOGIN_FAILED, username, null, remoteAddress,
                step.isPresent() ? "security.detail.codeReplayed" : "security.detail.wrongCode");
        return new Result(Outcome.REJECTED, null, -1);
    }

    private Result succeeded(String key, String username, String remoteAddress, String detail, int recoveryCodesLeft) {
        throttle.succeeded(key, remoteAddress);
        if (detail != null) {
            if (recoveryCodesLeft >= 0) {
                SecurityLog.write(em, clock, SecurityEventType.LOGIN_SUCCEEDED, username, null, remoteAddress, detail,
                        recoveryCodesLeft);
            } else {
                SecurityLog.write(em, clock, SecurityEventType.LOGIN_SUCCEEDED, username, null, remoteAddress, detail);
            }
        }
        return new Result(Outcome.SUCCEEDED, null, recoveryCodesLeft);
    }

    public int recoveryCodesLeft(long userId) {
        return ((Number) em.createNativeQuery("select count(*) from user_recovery_code where user_id = ?1 and used_at is null")
                .setParameter(1, userId).getSingleResult()).intValue();
    }
}
