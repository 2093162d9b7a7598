package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import java.util.Objects;

/**
 * {@code ResourceManagerGateway.registerTaskExecutor}.
 *
 * @param taskExecutor where the ResourceManager reaches the registering TaskExecutor
 */
public record RegisterTaskExecutor(TaskExecutorRegistration registration, RpcAddress taskExecutor) implements ResourceManagerRequest {

    public RegisterTaskExecutor {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(taskExecutor, "taskExecutor");
    }
}
