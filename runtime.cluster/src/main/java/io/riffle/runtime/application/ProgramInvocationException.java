package io.riffle.runtime.application;

/** A job bundle's {@code main()} could not be called, or it failed before it submitted a job. */
public class ProgramInvocationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProgramInvocationException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProgramInvocationException(String message) {
        super(message);
    }
}
