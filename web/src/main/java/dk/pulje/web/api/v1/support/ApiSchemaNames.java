package dk.pulje.web.api.v1.support;

import io.swagger.v3.core.jackson.TypeNameResolver;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the document's schemas so that records of the same simple name never collide (ParticipationJson.Row and
 * OverdueReportsJson.Row are two schemas, {@code Participation.Row} and {@code OverdueReports.Row}): the enclosing
 * record's name joins a nested one, a trailing {@code Json} is dropped, and the records of the deprecated unversioned
 * API are prefixed {@code Legacy}. Two classes that would still get one name stop the document with an error, rather
 * than one silently describing the other.
 */
final class ApiSchemaNames extends TypeNameResolver {

    private final Map<String, Class<?>> taken = new ConcurrentHashMap<>();

    @Override
    protected String getNameOfClass(Class<?> type) {
        if (!type.getName().startsWith("dk.pulje.")) {
            return super.getNameOfClass(type);
        }
        StringBuilder name = new StringBuilder(plain(type));
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, plain(outer) + ".");
        }
        if (!type.getPackageName().startsWith("dk.pulje.web.api.v1") && type.getPackageName().startsWith("dk.pulje.web.api")) {
            name.insert(0, "Legacy");
        }
        String result = name.toString();
        Class<?> before = taken.putIfAbsent(result, type);
        if (before != null && before != type) {
            throw new IllegalStateException("Two classes would be the schema " + result + ": " + before.getName()
                    + " and " + type.getName() + " (rename one; docs/api.md)");
        }
        return result;
    }

    private static String plain(Class<?> type) {
        String simple = type.getSimpleName();
        return simple.endsWith("Json") && simple.length() > 4 ? simple.substring(0, simple.length() - 4) : simple;
    }
}
