package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import java.util.Objects;

/** {@code TaskExecutorGateway.submitTask}. */
public record SubmitTask(TaskDeploymentDescriptor deployment) implements TaskExecutorRequest {

    public SubmitTask {
        Objects.requireNonNull(deployment, "deployment");
    }
}
