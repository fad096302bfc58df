package dk.pulje.application.shared;

import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.domain.model.shared.VersionedEntity;
import jakarta.persistence.EntityManager;

import java.util.Collection;

/** Loading by id with a clear "not found" for ids that came from a request. */
public final class Entities {

    private Entities() {
    }

    public static <T> T find(EntityManager em, Class<T> type, Long id, String subjectKey) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new RuleViolation("entity.notFound", new MessageKey(subjectKey), id);
        }
        return entity;
    }

    /** A part of an aggregate (a partner, a payment …) by its id, or "not found" when the aggregate has no such part. */
    public static <T extends VersionedEntity> T part(Collection<T> parts, long id, String subjectKey) {
        return parts.stream().filter(part -> part.getId() != null && part.getId() == id).findFirst()
                .orElseThrow(() -> new RuleViolation("entity.notFound", new MessageKey(subjectKey), id));
    }
}
