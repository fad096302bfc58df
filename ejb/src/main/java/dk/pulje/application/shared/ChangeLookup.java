package dk.pulje.application.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;

import java.util.List;
import java.util.Optional;

/**
 * Who changed an entity last, and when, from the audit trail. Runs in its own transaction so that it sees what the
 * other editor committed even while the caller's transaction is failing with a conflict.
 */
@Stateless
@PermitAll // called by the services' ConcurrencyGuard only, after their own role checks; explicit, not "unchecked"
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChangeLookup {

    @PersistenceContext
    private EntityManager em;

    public Optional<AuditRevision> lastChange(Class<?> entityType, long id) {
        AuditReader audit = AuditReaderFactory.get(em);
        if (!audit.isEntityClassAudited(entityType)) {
            return Optional.empty();
        }
        List<Number> revisions = audit.getRevisions(entityType, id);
        if (revisions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(audit.findRevision(AuditRevision.class, revisions.get(revisions.size() - 1)));
    }
}
