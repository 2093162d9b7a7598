package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;

/**
 * How digest components are written (JOBS.md, "Conventions"): hex components as exactly 16
 * lowercase hex digits of the unsigned value, the others as unsigned decimal, joined by {@code /}.
 * The jobs and the sequential reference both format through here.
 */
final class DigestFormat {

    private DigestFormat() {}

    static String hex(long value) {
        String digits = Long.toHexString(value);
        return "0".repeat(16 - digits.length()) + digits;
    }

    static String decimal(long value) {
        return Long.toUnsignedString(value);
    }

    static String join(String... components) {
        return String.join("/", components);
    }

    /** The merged value of the long counter {@code name} of a finished job. */
    static long counter(JobExecutionResult result, String name) {
        Object value = result.getAccumulatorResult(name);
        if (value == null) {
            throw new IllegalStateException("accumulator '" + name + "' is missing from the result of job "
                    + result.getJobID() + ": no subtask of its digest operator registered it (accumulators: "
                    + result.getAllAccumulatorResults().keySet() + ")");
        }
        if (!(value instanceof Long longValue)) {
            throw new IllegalStateException("accumulator '" + name + "' of job " + result.getJobID()
                    + " should be a Long, but is a " + value.getClass().getName() + ": " + value);
        }
        return longValue;
    }
}
