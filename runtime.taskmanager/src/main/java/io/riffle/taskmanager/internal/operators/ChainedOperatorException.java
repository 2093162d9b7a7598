package io.riffle.taskmanager.internal.operators;

/**
 * Carries a checked exception of a chained operator through {@link Output#collect}, which cannot
 * throw one. The task unwraps it, so the job fails with the user's own exception.
 */
public final class ChainedOperatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChainedOperatorException(Exception cause) {
        super(cause);
    }

    /** The exception a user function or operator really threw. */
    public static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof ChainedOperatorException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
