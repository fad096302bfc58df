package dk.pulje.application.shared;

import dk.pulje.domain.model.shared.ConcurrentChange;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Hibernate;

import java.util.Optional;

/**
 * Detects that someone else saved since an editor opened a thing, in two places: the version the editor saw is
 * compared with the current one before anything changes, and a race between two saves at the same moment is caught
 * by JPA's version check when the change is flushed. Either way the editor gets a {@link ConcurrentChange} naming who
 * changed it and when, and nothing of their change is saved.
 */
@ApplicationScoped
public class ConcurrencyGuard {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ChangeLookup changes;

    /** Refuses to go on when the entity is no longer the version the editor saw. */
    public <T extends VersionedEntity> T requireVersion(T entity, long expectedVersion, String subjectKey) {
        if (entity.getVersion() != expectedVersion) {
            throw conflict(entity, subjectKey);
        }
        return entity;
    }

    /**
     * Counts a change to a part (a partner, a payment …) as a change of the whole, so that two editors changing
     * different parts of the same project or grant also see each other.
     */
    public <T extends VersionedEntity> T touch(T root, long expectedVersion, String subjectKey) {
        requireVersion(root, expectedVersion, subjectKey);
        em.lock(root, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return root;
    }

    /** Writes the change now, so that a lost race surfaces here as a clear conflict rather than at commit. */
    public void flush(VersionedEntity entity, String subjectKey) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            if (ConcurrentWriteFailure.isCauseOf(e)) {
                // Hibernate reports PostgreSQL ending a deadlock in a batch as an OptimisticLockException too. That is
                // no newer version by someone else: the web layer answers it "try again" (TryAgain).
                throw e;
            }
            throw conflict(entity, subjectKey);
        }
    }

    private ConcurrentChange conflict(VersionedEntity entity, String subjectKey) {
        Optional<AuditRevision> last = changes.lastChange(Hibernate.getClass(entity), entity.getId());
        return new ConcurrentChange(subjectKey, last.map(AuditRevision::getUsername).orElse(null),
                last.map(AuditRevision::getChangedAt).orElse(null));
    }
}
