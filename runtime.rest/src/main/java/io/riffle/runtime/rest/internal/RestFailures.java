package io.riffle.runtime.rest.internal;

import io.riffle.runtime.application.ProgramInvocationException;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;

/** Turns a failure of a route into its answer: the status says whose fault it is, the message what went wrong. */
final class RestFailures {

    private RestFailures() {
    }

    static RestResponse toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
        if (cause instanceof NoSuchElementException) {
            return RestResponse.error(404, message);
        }
        if (cause instanceof RejectedExecutionException) {
            return RestResponse.error(503, "Service unavailable: " + message);
        }
        if (cause instanceof ProgramInvocationException || cause instanceof IllegalArgumentException) {
            return RestResponse.error(400, message);
        }
        return RestResponse.error(500, "Internal server error: " + message);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
