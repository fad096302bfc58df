package dk.pulje.domain.model.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * Identity and optimistic locking for every editable aggregate: a second editor saving stale data gets an
 * {@link jakarta.persistence.OptimisticLockException} instead of silently overwriting the first one's change.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    /**
     * From the one sequence every entity table shares (V24), in blocks of 50: Hibernate numbers rows itself and can
     * batch their inserts, which identity columns prevent (it would have to read each id back, one round trip a row).
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pulje_ids")
    @SequenceGenerator(name = "pulje_ids", sequenceName = "pulje_id_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Entities are equal when they are the same row; transient ones only to themselves.
     * <p>
     * Not final, and reading the other side through {@link #getId()}: Hibernate's lazy proxies are subclasses whose own
     * fields stay empty, so only overridable methods reach the loaded row. A final {@code equals} comparing fields
     * would call an uninitialised proxy unequal to its own row.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof VersionedEntity other)
                || org.hibernate.Hibernate.getClass(this) != org.hibernate.Hibernate.getClass(other)) {
            return false;
        }
        Long myId = getId();
        return myId != null && myId.equals(other.getId());
    }

    /** Constant per entity class, so that the hash does not change when an entity is saved and gets its id. */
    @Override
    public int hashCode() {
        return org.hibernate.Hibernate.getClass(this).hashCode();
    }
}
