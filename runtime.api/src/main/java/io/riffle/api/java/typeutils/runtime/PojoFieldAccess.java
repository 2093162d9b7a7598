package io.riffle.api.java.typeutils.runtime;

import io.riffle.api.common.functions.InvalidTypesException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Finds how a POJO field is read and written, following Flink's POJO rules: a public non-final
 * field is accessed directly; any other field needs a public getter ({@code getX()}, {@code isX()}
 * for booleans, or {@code x()}) and a public setter ({@code setX(v)} or {@code x(v)}) of the
 * field's type. Only public members are used, so no {@code setAccessible} is needed.
 *
 * <p>Handles are adapted to {@code (Object)Object} (getter) and {@code (Object,Object)void}
 * (setter) so callers can use {@code invokeExact} without knowing the field type.
 */
public final class PojoFieldAccess {

    private static final MethodType GETTER_TYPE = MethodType.methodType(Object.class, Object.class);
    private static final MethodType SETTER_TYPE = MethodType.methodType(void.class, Object.class, Object.class);

    private PojoFieldAccess() {}

    /** Why {@code field} of {@code pojoClass} cannot be accessed, or {@code null} if it can. */
    public static String checkAccess(Class<?> pojoClass, Field field) {
        int modifiers = field.getModifiers();
        if (Modifier.isFinal(modifiers)) {
            return "field '" + field.getName() + "' is final, so it cannot be set when the object is read back";
        }
        if (Modifier.isPublic(modifiers)) {
            return null;
        }
        if (findGetter(pojoClass, field) == null) {
            return "field '" + field.getName() + "' is not public and has no public getter get"
                    + capitalize(field.getName()) + "()";
        }
        if (findSetter(pojoClass, field) == null) {
            return "field '" + field.getName() + "' is not public and has no public setter set"
                    + capitalize(field.getName()) + "(" + field.getType().getSimpleName() + ")";
        }
        return null;
    }

    /** A getter of type {@code (Object)Object}. */
    public static MethodHandle getter(Class<?> pojoClass, Field field) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = Modifier.isPublic(field.getModifiers())
                    ? lookup.unreflectGetter(field)
                    : lookup.unreflect(require(findGetter(pojoClass, field), pojoClass, field));
            return handle.asType(GETTER_TYPE);
        } catch (IllegalAccessException e) {
            throw inaccessible(pojoClass, field, e);
        }
    }

    /** A setter of type {@code (Object,Object)void}. */
    public static MethodHandle setter(Class<?> pojoClass, Field field) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle handle = Modifier.isPublic(field.getModifiers())
                    ? lookup.unreflectSetter(field)
                    : lookup.unreflect(require(findSetter(pojoClass, field), pojoClass, field));
            return handle.asType(SETTER_TYPE);
        } catch (IllegalAccessException e) {
            throw inaccessible(pojoClass, field, e);
        }
    }

    /** The public no-arg constructor as a handle of type {@code ()Object}. */
    public static MethodHandle constructor(Class<?> pojoClass) {
        try {
            return MethodHandles.publicLookup()
                    .findConstructor(pojoClass, MethodType.methodType(void.class))
                    .asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new InvalidTypesException(pojoClass.getName() + " has no public no-argument constructor", e);
        }
    }

    /** The field called {@code name}, declared by {@code pojoClass} or a superclass. */
    public static Field findField(Class<?> pojoClass, String name) {
        for (Class<?> c = pojoClass; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && !Modifier.isStatic(f.getModifiers())) {
                    return f;
                }
            }
        }
        throw new InvalidTypesException(pojoClass.getName() + " has no field '" + name + "'");
    }

    private static Method findGetter(Class<?> pojoClass, Field field) {
        String cap = capitalize(field.getName());
        for (Method m : pojoClass.getMethods()) {
            if (m.getParameterCount() == 0
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getReturnType() == field.getType()
                    && (m.getName().equals("get" + cap)
                            || m.getName().equals(field.getName())
                            || (m.getName().equals("is" + cap) && field.getType() == boolean.class))) {
                return m;
            }
        }
        return null;
    }

    private static Method findSetter(Class<?> pojoClass, Field field) {
        String cap = capitalize(field.getName());
        for (Method m : pojoClass.getMethods()) {
            if (m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterTypes()[0] == field.getType()
                    && m.getReturnType() == void.class
                    && (m.getName().equals("set" + cap) || m.getName().equals(field.getName()))) {
                return m;
            }
        }
        return null;
    }

    private static Method require(Method method, Class<?> pojoClass, Field field) {
        if (method == null) {
            throw new InvalidTypesException("POJO " + pojoClass.getName() + ": " + checkAccess(pojoClass, field));
        }
        return method;
    }

    private static InvalidTypesException inaccessible(Class<?> pojoClass, Field field, Exception e) {
        return new InvalidTypesException("POJO " + pojoClass.getName() + ": field '" + field.getName()
                + "' cannot be accessed; the class and its accessors must be public", e);
    }

    private static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
