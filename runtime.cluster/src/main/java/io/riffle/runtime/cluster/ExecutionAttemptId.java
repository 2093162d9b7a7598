package io.riffle.runtime.cluster;

import java.util.Objects;
import java.util.UUID;

/** One attempt to run one parallel subtask; a restart creates a new one. */
public record ExecutionAttemptId(UUID value) {

    public ExecutionAttemptId {
        Objects.requireNonNull(value, "value");
    }

    public static ExecutionAttemptId generate() {
        return new ExecutionAttemptId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString().replace("-", "");
    }
}
