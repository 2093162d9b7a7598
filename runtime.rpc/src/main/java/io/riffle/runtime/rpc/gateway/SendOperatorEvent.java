package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import java.util.Objects;

/** {@code TaskExecutorGateway.sendOperatorEvent}: a split enumerator's event for a source reader. */
public record SendOperatorEvent(ExecutionAttemptId executionId, int operatorId, OperatorEvent event) implements TaskExecutorRequest {

    public SendOperatorEvent {
        Objects.requireNonNull(executionId, "executionId");
        Objects.requireNonNull(event, "event");
    }
}
