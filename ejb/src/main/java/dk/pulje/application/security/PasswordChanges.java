package dk.pulje.application.security;

import dk.pulje.domain.model.account.SecurityEventType;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/** Writes a person's own new password in one short transaction, only if nobody changed it since it was checked. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PasswordChanges {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void change(String username, String checkedHash, String newHash, Instant now, String remoteAddress) {
        int changed = em.createQuery("""
                        update UserAccount u set u.passwordHash = :new, u.passwordChangedAt = :now, u.failedLogins = 0,
                               u.version = u.version + 1
                        where u.username = :username and u.passwordHash = :old""")
                .setParameter("new", newHash).setParameter("now", now).setParameter("username", username)
                .setParameter("old", checkedHash).executeUpdate();
        if (changed != 1) {
            throw new RuleViolation("password.currentWrong");
        }
        SecurityLog.write(em, clock, SecurityEventType.PASSWORD_CHANGED, username, username, remoteAddress, null);
    }
}
