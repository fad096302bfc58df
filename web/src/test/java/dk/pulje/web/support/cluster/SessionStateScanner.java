package dk.pulje.web.support.cluster;

import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds what would break session replication on two nodes: a session- or view-scoped bean (view-scoped beans live in
 * the HTTP session too) that is not {@link Serializable}, or that holds, in a field not marked {@code transient}, a
 * value whose type cannot be serialised. Pulje's own types are followed field by field (a record of records of a
 * non-serialisable class fails), as are the nested and anonymous classes of a bean (a lazy data model made in the
 * bean captures what it uses).
 *
 * <p>Container references are accepted as they are: a field whose type is an EJB session bean or a normal-scoped CDI
 * bean holds the container's proxy, which is serialisable and re-attaches on the other node. A {@code @Dependent}
 * bean injected into a bean is stored as itself and is judged like any other value.
 *
 * <p>Limits, on purpose: a field declared with an interface or abstract type that is itself serialisable (a
 * {@code List}, a {@code LazyDataModel}) is judged by its declared type and type arguments; the value put there at
 * run time is not seen unless it is one of the bean's own nested classes.
 */
final class SessionStateScanner {

    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> followed = new HashSet<>();

    /** The session- and view-scoped classes under a class folder (target/classes). */
    static List<Class<?>> sessionBeans(Path classes, ClassLoader loader) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(name -> load(name, loader))
                    .filter(SessionStateScanner::isSessionHeld)
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isSessionHeld(Class<?> type) {
        return type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class)
                || type.isAnnotationPresent(jakarta.enterprise.context.ConversationScoped.class)
                || type.isAnnotationPresent(jakarta.faces.flow.FlowScoped.class);
    }

    /** Every problem of one bean and of its nested classes found in {@code classes}; empty when it replicates. */
    static List<String> problemsOf(Class<?> bean, Path classes) {
        SessionStateScanner scanner = new SessionStateScanner();
        if (!Serializable.class.isAssignableFrom(bean)) {
            scanner.problems.add(bean.getName() + " is session-held but not Serializable");
        }
        scanner.follow(bean, bean.getSimpleName());
        for (Class<?> nested : nestedClasses(bean, classes)) {
            if (Serializable.class.isAssignableFrom(nested)) {
                scanner.follow(nested, nested.getName().substring(bean.getPackageName().length() + 1));
            }
        }
        return scanner.problems;
    }

    private static List<Class<?>> nestedClasses(Class<?> bean, Path classes) {
        if (classes == null) {
            return List.of();
        }
        Path folder = classes.resolve(bean.getPackageName().replace('.', '/'));
        String prefix = bean.getSimpleName() + "$";
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".class"))
                    .<Class<?>>map(n -> load(bean.getPackageName() + "." + n.substring(0, n.length() - 6), bean.getClassLoader()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void follow(Class<?> type, String path) {
        if (!followed.add(type)) {
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class && isOurs(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.getName().startsWith("this$")) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (field.isAnnotationPresent(EJB.class) || isContainerReference(field.getType())) {
                    continue;
                }
                check(field.getGenericType(), where);
            }
        }
    }

    private void check(Type type, String where) {
        if (type instanceof Class<?> c) {
            checkClass(c, where);
        } else if (type instanceof ParameterizedType p) {
            checkClass((Class<?>) p.getRawType(), where);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where + "<>");
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where + "[]");
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                check(bound, where);
            }
        } else if (type instanceof TypeVariable<?>) {
            // judged where the variable is bound (the field's declared type arguments)
        }
    }

    private void checkClass(Class<?> c, String where) {
        if (c.isPrimitive() || c == Object.class && where.endsWith("<>")) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), where + "[]");
            return;
        }
        if (isContainerReference(c)) {
            return;
        }
        boolean collection = Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c);
        if (!Serializable.class.isAssignableFrom(c) && !(collection && c.isInterface())) {
            problems.add(where + ": " + c.getName() + " is not Serializable (make it so, or mark the field transient)");
            return;
        }
        if (isOurs(c) && !c.isEnum()) {
            follow(c, where);
        }
    }

    private static boolean isOurs(Class<?> c) {
        return c.getName().startsWith("dk.pulje.");
    }

    /** EJB session beans and normal-scoped CDI beans are held through the container's serialisable proxy. */
    static boolean isContainerReference(Class<?> c) {
        if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                || c.isAnnotationPresent(Stateful.class)) {
            return true;
        }
        for (Annotation a : c.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(NormalScope.class)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }
}
