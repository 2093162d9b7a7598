package io.riffle.launcher.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;

/** How a client verb reports a failure: one line on standard error, the stack trace only with --verbose. */
final class ClientFailures {

    private ClientFailures() {
    }

    /** Prints the line and returns exit code 1. */
    static int report(PrintWriter err, String verb, String base, Exception failure, boolean verbose) {
        if (failure instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            err.println("riffle " + verb + ": interrupted");
        } else if (failure instanceof RestClient.RestException rest) {
            err.println("riffle " + verb + ": " + rest.getMessage());
        } else if (failure instanceof IOException) {
            err.println("riffle " + verb + ": cannot reach the JobManager at " + base + ": " + ListCommand.reason(failure));
        } else {
            err.println("riffle " + verb + ": " + ListCommand.reason(failure));
        }
        if (verbose) {
            failure.printStackTrace(err);
        }
        return 1;
    }
}
