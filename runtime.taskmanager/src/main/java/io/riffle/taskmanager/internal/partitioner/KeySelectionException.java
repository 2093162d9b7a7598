package io.riffle.taskmanager.internal.partitioner;

/** A key selector threw while the key of a record was extracted to pick its channel. */
public final class KeySelectionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeySelectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
