package dk.pulje.application.shared;

import dk.pulje.domain.model.shared.MessageKey;
import dk.pulje.domain.model.shared.RuleViolation;
import jakarta.persistence.EntityManager;

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
}
