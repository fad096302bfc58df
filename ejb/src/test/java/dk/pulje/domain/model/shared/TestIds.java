package dk.pulje.domain.model.shared;

import java.lang.reflect.Field;

/** Entities compare by database id; tests give unsaved ones an id as if they had been saved. */
public final class TestIds {

    private TestIds() {
    }

    public static <T extends VersionedEntity> T withId(T entity, long id) {
        try {
            Field field = VersionedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
