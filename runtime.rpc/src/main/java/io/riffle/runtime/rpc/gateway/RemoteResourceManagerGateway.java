package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.resourcemanager.TaskExecutorRegistration;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.concurrent.CompletableFuture;

/**
 * The ResourceManager in another process; its address carries the ResourceManager's fencing token.
 * Each call completes with the remote ResourceManager's answer, or with a {@link
 * io.riffle.runtime.rpc.RemoteCallException}. Equal when it targets the same endpoint and session.
 */
public final class RemoteResourceManagerGateway implements ResourceManagerGateway, RemoteGateway {

    private final RemoteCaller caller;

    /** @param addresses turns the gateways passed as arguments into their addresses */
    public RemoteResourceManagerGateway(RpcService rpc, RpcAddress address, GatewayAddresses addresses) {
        this.caller = new RemoteCaller(rpc, address, addresses);
    }

    @Override
    public RpcAddress address() {
        return caller.target();
    }

    @Override
    public CompletableFuture<Void> registerTaskExecutor(TaskExecutorRegistration registration, TaskExecutorGateway taskExecutor) {
        return caller.call(() -> new RegisterTaskExecutor(registration, caller.addresses().addressOf(taskExecutor)));
    }

    @Override
    public CompletableFuture<Void> disconnectTaskExecutor(ResourceId resourceId, Throwable cause) {
        return caller.call(() -> new DisconnectTaskExecutor(resourceId, cause));
    }

    @Override
    public CompletableFuture<Void> declareRequiredSlots(JobID jobId, JobMasterGateway jobMaster, int requiredSlots) {
        return caller.call(() -> new DeclareRequiredSlots(jobId, caller.addresses().addressOf(jobMaster), requiredSlots));
    }

    @Override
    public CompletableFuture<Void> notifySlotAvailable(SlotId slotId) {
        return caller.call(() -> new NotifySlotAvailable(slotId));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RemoteResourceManagerGateway other && address().equals(other.address());
    }

    @Override
    public int hashCode() {
        return address().hashCode();
    }

    @Override
    public String toString() {
        return "ResourceManager at " + address();
    }
}
