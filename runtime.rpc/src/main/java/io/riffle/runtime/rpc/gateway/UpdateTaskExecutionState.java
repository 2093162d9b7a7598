package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.rpc.codec.EncodedTaskExecutionState;
import java.util.Objects;

/**
 * {@code JobMasterGateway.updateTaskExecutionState}, with the accumulators still serialized: only
 * the JobMaster's endpoint has the job's class loader to turn them back into objects.
 */
public record UpdateTaskExecutionState(EncodedTaskExecutionState state) implements JobMasterRequest {

    public UpdateTaskExecutionState {
        Objects.requireNonNull(state, "state");
    }
}
