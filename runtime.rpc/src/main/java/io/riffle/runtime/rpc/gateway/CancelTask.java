package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.ExecutionAttemptId;
import java.util.Objects;

/** {@code TaskExecutorGateway.cancelTask}. */
public record CancelTask(ExecutionAttemptId executionId) implements TaskExecutorRequest {

    public CancelTask {
        Objects.requireNonNull(executionId, "executionId");
    }
}
