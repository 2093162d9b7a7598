package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.taskexecutor.OperatorEvent;
import java.util.Objects;

/** {@code JobMasterGateway.sendOperatorEventToCoordinator}: a source reader's event for its split enumerator. */
public record SendOperatorEventToCoordinator(ExecutionAttemptId executionId, int operatorId, OperatorEvent event)
        implements JobMasterRequest {

    public SendOperatorEventToCoordinator {
        Objects.requireNonNull(executionId, "executionId");
        Objects.requireNonNull(event, "event");
    }
}
