package dk.pulje.application.security;

import dk.pulje.domain.model.account.SecurityEventType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/**
 * Records the outcome of a login in one short transaction on one connection: atomic updates of the account row (never
 * a versioned entity write, so parallel requests of one user cannot collide) and, when wanted, the security event.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginRecorder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void succeeded(String username, String remoteAddress, String oldHash, String newHash, boolean logEvent) {
        Instant now = clock.instant();
        em.createQuery("update UserAccount u set u.lastLoginAt = :now, u.failedLogins = 0 where u.username = :username")
                .setParameter("now", now).setParameter("username", username).executeUpdate();
        if (newHash != null) {
            // Only if nobody changed the password meanwhile.
            em.createQuery("update UserAccount u set u.passwordHash = :new where u.username = :username and u.passwordHash = :old")
                    .setParameter("new", newHash).setParameter("old", oldHash).setParameter("username", username)
                    .executeUpdate();
        }
        if (logEvent) {
            // With a second factor the password is only the first step: the log says so, and the code's step follows.
            boolean codeNext = !em.createNativeQuery("""
                            select 1 from user_second_factor f join user_account u on u.id = f.user_id
                            where u.username = ?1 and f.confirmed_at is not null""")
                    .setParameter(1, username).getResultList().isEmpty();
            SecurityLog.write(em, clock, SecurityEventType.LOGIN_SUCCEEDED, username, null, remoteAddress,
                    codeNext ? "security.detail.passwordThenCode" : null);
        }
    }

    /** {@code username} is null when it was malformed; {@code typed} is then what was typed (escaped in the log). */
    public void failed(String username, String typed, String remoteAddress, String detailKey) {
        if (username != null) {
            em.createQuery("update UserAccount u set u.failedLogins = u.failedLogins + 1 where u.username = :username")
                    .setParameter("username", username).executeUpdate();
        }
        SecurityLog.write(em, clock, SecurityEventType.LOGIN_FAILED, username != null ? username : typed, null,
                remoteAddress, detailKey);
    }
}
