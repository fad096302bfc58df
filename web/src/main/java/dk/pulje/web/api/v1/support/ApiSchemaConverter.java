package dk.pulje.web.api.v1.support;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.json.bind.annotation.JsonbNillable;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Teaches swagger-core what JSON-B (the API's JSON binding) does with Pulje's records, after swagger's own model
 * resolver has described them: a component marked {@link ApiAmount} or {@link ApiShare} is a string with a pattern;
 * a component that JSON-B writes as {@code null} ({@link JsonbNillable} on it or on its record) may be null in the
 * document too (OpenAPI 3.1: {@code type: [string, "null"]}, or {@code anyOf} a reference and null).
 */
final class ApiSchemaConverter implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        if (resolved == null) {
            return null;
        }
        JavaType javaType = type.getType() instanceof JavaType known ? known : Json31.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw.isRecord()) {
            Schema model = model(resolved, context);
            if (model != null) {
                adjust(raw, model);
            }
        }
        return resolved;
    }

    private static Schema model(Schema resolved, ModelConverterContext context) {
        if (resolved.get$ref() == null) {
            return resolved;
        }
        String ref = resolved.get$ref();
        return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    @SuppressWarnings("unchecked")
    private static void adjust(Class<?> record, Schema model) {
        Map<String, Schema> properties = model.getProperties();
        if (properties == null) {
            return;
        }
        boolean recordNillable = record.isAnnotationPresent(JsonbNillable.class)
                && record.getAnnotation(JsonbNillable.class).value();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (marked(record, component, ApiAmount.class)) {
                property = ApiSchemas.amount();
            } else if (marked(record, component, ApiShare.class)) {
                property = ApiSchemas.share();
            }
            if (!component.getType().isPrimitive() && (recordNillable || nillable(record, component))) {
                property = orNull(property);
            }
            properties.put(component.getName(), property);
        }
    }

    private static boolean nillable(Class<?> record, RecordComponent component) {
        JsonbNillable nillable = annotation(record, component, JsonbNillable.class);
        return nillable != null && nillable.value();
    }

    private static boolean marked(Class<?> record, RecordComponent component, Class<? extends java.lang.annotation.Annotation> marker) {
        return annotation(record, component, marker) != null;
    }

    private static <A extends java.lang.annotation.Annotation> A annotation(Class<?> record, RecordComponent component, Class<A> kind) {
        for (AnnotatedElement element : elements(record, component)) {
            A found = element.getAnnotation(kind);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<AnnotatedElement> elements(Class<?> record, RecordComponent component) {
        try {
            return List.of(component, component.getAccessor(), record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException impossible) {
            return List.of(component, component.getAccessor());
        }
    }

    @SuppressWarnings("unchecked")
    private static Schema orNull(Schema property) {
        if (property.get$ref() != null) {
            return new JsonSchema().anyOf(List.of(new JsonSchema().$ref(property.get$ref()),
                    new JsonSchema().types(Set.of("null"))));
        }
        if (property.getAnyOf() != null || property.getOneOf() != null) {
            return property;
        }
        Set<String> types = property.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
        }
        return property;
    }
}
