package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.taskexecutor.SlotOffer;
import java.util.List;
import java.util.Objects;

/**
 * {@code JobMasterGateway.offerSlots}, answered by {@link AcceptedSlots}.
 *
 * @param taskExecutor where the JobMaster reaches the offering TaskExecutor
 */
public record OfferSlots(TaskManagerLocation taskManager, RpcAddress taskExecutor, List<SlotOffer> offers) implements JobMasterRequest {

    public OfferSlots {
        Objects.requireNonNull(taskManager, "taskManager");
        Objects.requireNonNull(taskExecutor, "taskExecutor");
        offers = List.copyOf(offers);
    }
}
