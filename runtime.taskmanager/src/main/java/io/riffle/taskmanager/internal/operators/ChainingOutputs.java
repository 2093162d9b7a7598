package io.riffle.taskmanager.internal.operators;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;

/**
 * Makes the outputs that link the operators of a chain, each an instance of its own copy of
 * {@link ChainingOutput}.
 *
 * <p>Why copies: the JIT profiles a call site per class, and with one {@code ChainingOutput} class
 * its {@code next.processElement} call sees every operator type of the chain (map, filter, flat
 * map, sink...), so it is megamorphic and the JIT inlines nothing through it. A copy per chain
 * link, defined as a hidden class from the same bytes, has a call site that sees exactly one
 * operator, so the JIT can inline the whole chain into the source's loop, as it would a hand-written
 * loop. Hidden classes live in this package (so the copy keeps its package access), are not
 * findable by name, and are unloaded with their last instance when the task ends.
 */
public final class ChainingOutputs {

    private final MethodHandles.Lookup lookup = MethodHandles.lookup();
    private final byte[] classBytes;

    public ChainingOutputs() {
        try (InputStream in = ChainingOutput.class.getResourceAsStream(ChainingOutput.class.getSimpleName() + ".class")) {
            classBytes = Objects.requireNonNull(in, "ChainingOutput's class file is not readable").readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read ChainingOutput's class file", e);
        }
    }

    /** A chain link to {@code next}, of a class copy of its own. */
    @SuppressWarnings("unchecked")
    public <T> Output<T> to(Input<T> next) {
        try {
            Class<?> copy = lookup.defineHiddenClass(classBytes, true).lookupClass();
            MethodHandle constructor = lookup.findConstructor(copy, MethodType.methodType(void.class, Input.class));
            return (Output<T>) constructor.invoke(next);
        } catch (Error | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define a copy of ChainingOutput", e);
        }
    }
}
