package io.riffle.streaming.api.datastream;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Fails fast, while {@code main()} builds the job, when a user function cannot be serialized —
 * instead of when the job is deployed. Serializes into a sink that keeps nothing.
 */
final class ClosureCheck {

    private ClosureCheck() {}

    static <F> F ensureSerializable(F function) {
        Objects.requireNonNull(function, "function");
        try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
            out.writeObject(function);
        } catch (NotSerializableException e) {
            Class<?> enclosing = function.getClass().getEnclosingClass();
            if (enclosing != null && enclosing.getName().equals(e.getMessage()) && !function.getClass().isSynthetic()) {
                throw new IllegalArgumentException("The implementation of " + describe(function) + " is not serializable: as an "
                        + "inner class it holds its enclosing instance of " + enclosing.getName() + ", which is not "
                        + "java.io.Serializable. Make it a static nested class, or create it in a static method. (Unlike "
                        + "Flink, Riffle does not clear unused references to the enclosing instance.)", e);
            }
            throw new IllegalArgumentException("The implementation of " + describe(function) + " is not serializable: it "
                    + "contains or references a field of type " + e.getMessage() + ", which is not java.io.Serializable. "
                    + "Make the field transient and create it in open(), or make its class serializable.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The implementation of " + describe(function) + " cannot be serialized: " + e, e);
        }
        return function;
    }

    private static String describe(Object function) {
        Class<?> type = function.getClass();
        return type.isSynthetic() || type.getSimpleName().contains("$$Lambda") ? "the lambda " + type.getName().replaceAll("\\$\\$Lambda.*", "") + " (lambda)"
                : type.getName();
    }
}
