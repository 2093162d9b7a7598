package io.riffle.api.java.typeutils;

import io.riffle.api.common.functions.InvalidTypesException;

/** A type that Java erased, so that a {@code returns(...)} hint is the fix (unlike an unsupported type). */
final class ErasedTypeException extends InvalidTypesException {

    private static final long serialVersionUID = 1L;

    ErasedTypeException(String message) {
        super(message);
    }

    /** Whether {@code e} or one of its causes is about erasure. */
    static boolean isErasure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ErasedTypeException) {
                return true;
            }
        }
        return false;
    }
}
