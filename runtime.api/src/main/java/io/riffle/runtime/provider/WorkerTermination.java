package io.riffle.runtime.provider;

import java.util.Objects;

/**
 * A worker that ended, and why.
 *
 * @param worker the worker that terminated
 * @param reason what the cluster manager said, for people: e.g. {@code "pod deleted"}, {@code "exit code 137"}
 */
public record WorkerTermination(WorkerId worker, String reason) {

    public WorkerTermination {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(reason, "reason");
    }
}
