package dk.pulje.web.api.v1.support;

import dk.pulje.domain.model.shared.RuleViolation;
import dk.pulje.web.api.Problem;
import dk.pulje.web.api.Problem.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a JSON object to a record strictly, by the record's component names: every field that is unknown or of the
 * wrong type is collected with its path ({@code budgetLines[1].amount}) and refused together as one 400 problem, so that
 * a client sees all its mistakes at once. Values are never echoed back.
 */
public final class RecordBinder {

    /** Up to 15 digits before the point and at most two after it, as the database's numeric(17,2) holds. */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

    private final Locale locale;
    private final List<FieldError> errors = new ArrayList<>();

    private RecordBinder(Locale locale) {
        this.locale = locale;
    }

    /** The record, or a {@link ProblemException} (400) listing every field that is wrong. */
    public static <R extends Record> R bind(Class<R> type, JsonValue json, Locale locale) {
        RecordBinder binder = new RecordBinder(locale);
        Object value = binder.value(type, json, null);
        if (!binder.errors.isEmpty()) {
            throw new ProblemException(Problem.of(400).detail(message("api.invalid.fields", locale))
                    .errors(binder.errors));
        }
        return type.cast(value);
    }

    /** What {@link #bind} would refuse, field by field (empty: it binds). */
    static List<FieldError> errors(Class<? extends Record> type, JsonValue json, Locale locale) {
        RecordBinder binder = new RecordBinder(locale);
        binder.value(type, json, null);
        return List.copyOf(binder.errors);
    }

    /** The body a write needs: a request without one is refused like one that is not JSON (400). */
    public static <R> R require(R body, Locale locale) {
        if (body == null) {
            throw new ProblemException(Problem.of(400).detail(message("api.body.malformed", locale)));
        }
        return body;
    }

    private Object value(Type type, JsonValue json, String path) {
        Class<?> raw = raw(type);
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                refuse(path, "api.field.required");
            }
            return null;
        }
        if (raw.isRecord()) {
            return record(raw, json, path);
        }
        if (raw == List.class) {
            if (!(json instanceof JsonArray array)) {
                return refuse(path, "api.field.list");
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                list.add(value(element, array.get(i), path + "[" + i + "]"));
            }
            return list;
        }
        if (raw == String.class) {
            return json instanceof JsonString s ? s.getString() : refuse(path, "api.field.text");
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            if (json instanceof JsonNumber n && n.isIntegral()) {
                try {
                    long v = n.bigIntegerValueExact().longValueExact();
                    return raw == Long.class || raw == long.class ? (Object) v : (Object) Math.toIntExact(v);
                } catch (ArithmeticException tooLarge) {
                    return refuse(path, "api.field.integer");
                }
            }
            return refuse(path, "api.field.integer");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
                return json.getValueType() == JsonValue.ValueType.TRUE;
            }
            return refuse(path, "api.field.boolean");
        }
        if (raw == BigDecimal.class) {
            if (json instanceof JsonString s && AMOUNT.matcher(s.getString()).matches()) {
                return new BigDecimal(s.getString());
            }
            return refuse(path, "api.field.amount");
        }
        if (raw == LocalDate.class) {
            if (json instanceof JsonString s) {
                try {
                    return LocalDate.parse(s.getString());
                } catch (DateTimeParseException e) {
                    return refuse(path, "api.field.date");
                }
            }
            return refuse(path, "api.field.date");
        }
        if (raw.isEnum()) {
            if (json instanceof JsonString s) {
                for (Object constant : raw.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(s.getString())) {
                        return constant;
                    }
                }
            }
            String names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return refuse(path, "api.field.choice", names);
        }
        throw new IllegalStateException("no JSON binding for " + raw);
    }

    private Object record(Class<?> type, JsonValue json, String path) {
        if (!(json instanceof JsonObject object)) {
            return refuse(path, "api.field.object");
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        object.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> refuse(child(path, name), "api.field.unknown"));
        Object[] values = new Object[components.length];
        int before = errors.size();
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getGenericType(), object.get(components[i].getName()),
                    child(path, components[i].getName()));
        }
        if (errors.size() > before) {
            return null;
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused; // a record that checks its own values (a rule of the domain) says why itself
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object refuse(String path, String key, Object... arguments) {
        errors.add(new FieldError(path, message(key, locale, arguments)));
        return null;
    }

    private static String child(String path, String name) {
        return path == null ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    static String message(String key, Locale locale, Object... arguments) {
        return new RuleViolation(key, arguments).messageIn(locale);
    }
}
