package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.SlotId;
import java.util.Objects;

/** {@code ResourceManagerGateway.notifySlotAvailable}. */
public record NotifySlotAvailable(SlotId slotId) implements ResourceManagerRequest {

    public NotifySlotAvailable {
        Objects.requireNonNull(slotId, "slotId");
    }
}
