package dk.pulje.application.security;

import dk.pulje.domain.model.account.SecurityEvent;
import dk.pulje.domain.model.account.SecurityEventType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Writes security events (logins, failures, locks, role changes, exports) to the database and the server log.
 * Its own transaction: a failed login is recorded even though nothing else of the request is.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger("dk.pulje.security");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(SecurityEventType type, String username, String actor, String remoteAddress, String detail) {
        em.persist(new SecurityEvent(clock.instant(), type, username, actor, remoteAddress, detail));
        LOG.info(() -> type + " user=" + username + (actor == null ? "" : " by=" + actor)
                + (remoteAddress == null ? "" : " from=" + remoteAddress) + (detail == null ? "" : " " + detail));
    }
}
