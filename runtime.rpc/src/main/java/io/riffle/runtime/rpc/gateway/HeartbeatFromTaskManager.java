package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.ResourceId;
import java.util.Objects;

/** {@code JobMasterGateway.heartbeatFromTaskManager}. */
public record HeartbeatFromTaskManager(ResourceId taskManager) implements JobMasterRequest {

    public HeartbeatFromTaskManager {
        Objects.requireNonNull(taskManager, "taskManager");
    }
}
