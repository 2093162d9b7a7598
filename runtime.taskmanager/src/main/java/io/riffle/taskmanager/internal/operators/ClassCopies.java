package io.riffle.taskmanager.internal.operators;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Makes instances of the operator chain's per-record classes ({@link ChainingOutput} and the
 * stateless operators), each of a copy of its class of its own.
 *
 * <p>Why copies: the JIT profiles a call site per class. With one {@code ChainingOutput} class its
 * {@code next.processElement} call sees every operator type of every chain (map, filter, flat map,
 * sink...), and with one {@code MapOperator} class its {@code function.map} call sees every map
 * function of the job; such call sites are megamorphic, or so deeply polymorphic that the JIT gives
 * up inlining, and every record then pays virtual calls and keeps its record objects on the heap. A copy
 * per instance, defined as a hidden class from the same bytes, has call sites that each see exactly
 * one target, so the JIT can inline a whole chain into the source's loop as it would a hand-written
 * one, and keep the records it passes along in registers. Hidden classes live in this package (so a
 * copy keeps its package access), are not findable by name, and are unloaded with their last
 * instance when the task ends.
 *
 * <p>Only final classes of this package without nested classes can be copied: a nested class would
 * still refer to the original.
 */
public final class ClassCopies {

    private final MethodHandles.Lookup lookup = MethodHandles.lookup();
    private final Map<Class<?>, byte[]> classBytes = new HashMap<>();

    /** A chain link to {@code next}. */
    @SuppressWarnings("unchecked")
    public <T> Output<T> chainingOutput(Input<T> next) {
        return newInstance(ChainingOutput.class, Output.class, Input.class, next);
    }

    /**
     * {@code new template(argument)}, but of a copy of {@code template} of its own; the copy is not
     * a {@code template}, only of its supertypes.
     *
     * @param as a supertype of {@code template} to return the instance as
     * @param parameterType the constructor's parameter type
     */
    public <T> T newInstance(Class<? extends T> template, Class<T> as, Class<?> parameterType, Object argument) {
        try {
            Class<?> copy = lookup.defineHiddenClass(bytesOf(template), true).lookupClass();
            MethodHandle constructor = lookup.findConstructor(copy, MethodType.methodType(void.class, parameterType));
            return as.cast(constructor.invoke(argument));
        } catch (Error | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define a copy of " + template.getName(), e);
        }
    }

    private byte[] bytesOf(Class<?> type) {
        return classBytes.computeIfAbsent(type, ClassCopies::readClassFile);
    }

    private static byte[] readClassFile(Class<?> type) {
        if (type.getPackage() != ClassCopies.class.getPackage() || !Modifier.isFinal(type.getModifiers())
                || type.getDeclaredClasses().length > 0 || type.isAnonymousClass()) {
            throw new IllegalArgumentException(type.getName() + " cannot be copied: only final classes of "
                    + ClassCopies.class.getPackageName() + " without nested classes can");
        }
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return Objects.requireNonNull(in, () -> type.getName() + "'s class file is not readable").readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + type.getName() + "'s class file", e);
        }
    }
}
