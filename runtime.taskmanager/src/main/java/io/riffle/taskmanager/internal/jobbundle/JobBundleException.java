package io.riffle.taskmanager.internal.jobbundle;

/** A job bundle could not be fetched, checked or installed on this TaskManager; the message says which and why. */
public final class JobBundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobBundleException(String message) {
        super(message);
    }

    public JobBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
