package io.riffle.runtime.rpc.gateway;

import io.riffle.runtime.blob.BlobServerGateway;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.rpc.RpcEndpoint;
import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Makes this process's gateways callable from other processes: registers each under a name on the
 * process's {@link RpcService} and records its address in the process's {@link GatewayAddresses},
 * so that passing it as an argument to a remote gateway sends that address. Requests are
 * dispatched to the gateway's methods on the RPC I/O threads; gateway methods return at once and do
 * their work on their own main thread. Gateway arguments arrive as remote gateways built with the
 * same service and addresses, so the receiver can call back.
 *
 * <p>A JobMaster and the ResourceManager are served fenced by their leader session id: calls through
 * an address of an earlier session are rejected. A new session stops serving and serves again
 * under the new token.
 */
public final class GatewayEndpoints {

    private final RpcService rpc;
    private final GatewayAddresses addresses;

    public GatewayEndpoints(RpcService rpc, GatewayAddresses addresses) {
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
    }

    /** @return where other processes reach it (unfenced: a TaskExecutor leads nothing) */
    public RpcAddress serveTaskExecutor(String name, TaskExecutorGateway gateway) {
        return serve(name, null, gateway, new TaskExecutorEndpoint(name, gateway, rpc, addresses));
    }

    /**
     * @param fencingToken the JobMaster's leader session id, or null to serve it unfenced
     * @param jobClassLoader reads the accumulators in the task states TaskExecutors report
     * @return where other processes reach it, with the fencing token
     */
    public RpcAddress serveJobMaster(String name, UUID fencingToken, JobMasterGateway gateway, ClassLoader jobClassLoader) {
        Objects.requireNonNull(jobClassLoader, "jobClassLoader");
        return serve(name, fencingToken, gateway, new JobMasterEndpoint(name, gateway, jobClassLoader, rpc, addresses));
    }

    /**
     * @param fencingToken the ResourceManager's leader session id, or null to serve it unfenced
     * @return where other processes reach it, with the fencing token
     */
    public RpcAddress serveResourceManager(String name, UUID fencingToken, ResourceManagerGateway gateway) {
        return serve(name, fencingToken, gateway, new ResourceManagerEndpoint(name, gateway, rpc, addresses));
    }

    /** @return where other processes reach it (unfenced: blobs are named by content, whoever leads) */
    public RpcAddress serveBlobServer(String name, BlobServerGateway gateway) {
        return serve(name, null, gateway, new BlobServerEndpoint(name, gateway));
    }

    /** Stops serving {@code gateway}: its calls fail with "no endpoint", and it can no longer be passed on. */
    public void stopServing(Object gateway) {
        RpcAddress address = addresses.remove(gateway);
        if (address != null) {
            rpc.unregister(address.endpoint());
        }
    }

    private RpcAddress serve(String name, UUID fencingToken, Object gateway, RpcEndpoint endpoint) {
        Objects.requireNonNull(gateway, "gateway");
        RpcAddress address = RpcAddress.of(rpc.address(), name, fencingToken);
        addresses.add(gateway, address);
        try {
            rpc.register(name, fencingToken, endpoint);
        } catch (RuntimeException e) {
            addresses.remove(gateway);
            throw e;
        }
        return address;
    }

    /**
     * A void method's answer: null on the wire whatever the future holds, since an implementation
     * can complete a {@code CompletableFuture<Void>} with a value through an unchecked cast. (No
     * future at all stays null: the RPC service answers that with a failure naming the endpoint.)
     */
    static CompletableFuture<Void> voidAnswer(CompletableFuture<Void> result) {
        // Widened first: a lambda taking Void would cast the value and fail.
        CompletableFuture<?> any = result;
        return any == null ? null : any.thenApply(ignored -> (Void) null);
    }

    /** The answer to a request the endpoint does not take, e.g. a TaskExecutor request sent to a JobMaster. */
    static CompletableFuture<?> unknownRequest(String endpoint, String role, Class<?> requestFamily, Object request) {
        String takes = Arrays.stream(requestFamily.getPermittedSubclasses()).map(Class::getSimpleName).collect(Collectors.joining(", "));
        return CompletableFuture.failedFuture(new IllegalArgumentException("endpoint '" + endpoint + "' serves " + role
                + " and cannot handle requests of type " + request.getClass().getName() + ": it takes " + takes));
    }
}
