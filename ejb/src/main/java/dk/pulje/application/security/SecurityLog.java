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
import java.util.Arrays;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Writes security events (logins, failures, role changes, exports) to the database and the server log. The detail is
 * a message key with arguments ({@code security.detail.*} in the web bundles), so that the log reads in the reader's
 * language. Every value that came from outside is escaped ({@link LogSafe}) before it reaches a log line.
 * Its own transaction: a refused change is recorded even though nothing else of the request is.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

    static final Logger LOG = Logger.getLogger("dk.pulje.security");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(SecurityEventType type, String username, String actor, String remoteAddress, String detailKey,
                       Object... arguments) {
        write(em, clock, type, username, actor, remoteAddress, detailKey, arguments);
    }

    /** Writes the event with the caller's entity manager, inside the caller's transaction (one connection). */
    static void write(EntityManager em, Clock clock, SecurityEventType type, String username, String actor,
                      String remoteAddress, String detailKey, Object... arguments) {
        String safeUser = LogSafe.of(username);
        String safeActor = LogSafe.of(actor);
        String safeAddress = LogSafe.of(remoteAddress);
        String args = arguments == null || arguments.length == 0 ? null
                : Arrays.stream(arguments).map(a -> LogSafe.of(String.valueOf(a))).collect(Collectors.joining(SecurityEvent.ARGUMENT_SEPARATOR));
        em.persist(new SecurityEvent(clock.instant(), type, safeUser, safeActor, safeAddress, detailKey, args));
        LOG.info(() -> type + " user=" + safeUser + (safeActor == null ? "" : " by=" + safeActor)
                + (safeAddress == null ? "" : " from=" + safeAddress)
                + (detailKey == null ? "" : " " + detailKey + (args == null ? "" : " [" + args.replace(SecurityEvent.ARGUMENT_SEPARATOR, ", ") + "]")));
    }
}
