package io.riffle.api.common.functions;

/** Thrown when the type of a function's input or output cannot be determined or does not fit. */
public class InvalidTypesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTypesException(String message) {
        super(message);
    }

    public InvalidTypesException(String message, Throwable cause) {
        super(message, cause);
    }
}
