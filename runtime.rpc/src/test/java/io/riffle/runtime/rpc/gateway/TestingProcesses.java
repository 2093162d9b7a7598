package io.riffle.runtime.rpc.gateway;

import static org.junit.Assert.assertThrows;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.RpcSettings;
import io.riffle.runtime.rpc.TransportSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.rules.ExternalResource;

/**
 * Stands in for the JVMs of a cluster: each {@link Process} is one RPC service on loopback, wired
 * as a real process would be (one registry, one {@link GatewayAddresses}, one {@link
 * GatewayEndpoints}). Closes them all after the test.
 */
final class TestingProcesses extends ExternalResource {

    /** A deadline for answers that come within milliseconds; never a sleep. */
    static final long WAIT_SECONDS = 30;

    private final List<RpcService> services = new ArrayList<>();

    record Process(RpcService rpc, GatewayAddresses addresses, GatewayEndpoints endpoints) {

        RemoteTaskExecutorGateway taskExecutorAt(RpcAddress address, ResourceId resourceId) {
            return new RemoteTaskExecutorGateway(rpc, address, resourceId, addresses);
        }

        RemoteJobMasterGateway jobMasterAt(RpcAddress address, JobID jobId) {
            return new RemoteJobMasterGateway(rpc, address, jobId, addresses);
        }

        RemoteResourceManagerGateway resourceManagerAt(RpcAddress address) {
            return new RemoteResourceManagerGateway(rpc, address, addresses);
        }
    }

    Process start() throws Exception {
        RpcService rpc = RpcService.start(RiffleMessageCodecs.registry(), TransportSettings.defaults(), RpcSettings.defaults())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        services.add(rpc);
        GatewayAddresses addresses = new GatewayAddresses();
        return new Process(rpc, addresses, new GatewayEndpoints(rpc, addresses));
    }

    @Override
    protected void after() {
        services.forEach(RpcService::close);
    }

    static <T> T await(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Why {@code future} failed, unwrapped from the ExecutionException. */
    static Throwable failureOf(CompletableFuture<?> future) {
        return assertThrows(ExecutionException.class, () -> future.get(WAIT_SECONDS, TimeUnit.SECONDS)).getCause();
    }
}
