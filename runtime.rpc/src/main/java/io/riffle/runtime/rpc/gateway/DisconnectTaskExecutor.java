package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.ResourceId;
import java.util.Objects;

/**
 * {@code ResourceManagerGateway.disconnectTaskExecutor}.
 *
 * @param cause why the TaskExecutor leaves, or null; it arrives as a {@link
 *     io.riffle.runtime.rpc.codec.SerializedThrowable}
 */
public record DisconnectTaskExecutor(ResourceId resourceId, Throwable cause) implements ResourceManagerRequest {

    public DisconnectTaskExecutor {
        Objects.requireNonNull(resourceId, "resourceId");
    }
}
