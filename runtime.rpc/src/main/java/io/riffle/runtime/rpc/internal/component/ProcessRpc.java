package io.riffle.runtime.rpc.internal.component;

import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.gateway.GatewayAddresses;
import io.riffle.runtime.rpc.gateway.GatewayEndpoints;
import java.util.UUID;

/**
 * The RPC wiring of one process, shared by the components of this bundle (an internal service,
 * registered by {@link RpcServiceComponent} with the service property {@value #ROLE_PROPERTY}): the
 * {@link RpcService}, and the one {@link GatewayAddresses} and {@link GatewayEndpoints} over it, so
 * that a gateway served here can be passed as an argument to a remote gateway.
 */
public record ProcessRpc(String role, RpcService rpc, GatewayAddresses addresses, GatewayEndpoints endpoints) {

    /** The shared configuration of the cluster processes, written by the launcher. */
    public static final String CLUSTER_PID = "io.riffle.cluster";
    /** Framework property the launcher sets to the process's role; also the service property of this service. */
    public static final String ROLE_PROPERTY = "riffle.role";
    public static final String JOBMANAGER = "jobmanager";
    public static final String TASKMANAGER = "taskmanager";
    /** Framework property of taskmanager.host: where a TaskManager's RPC service listens and others reach it. */
    public static final String TASK_MANAGER_HOST_PROPERTY = "riffle.taskmanager.host";
    /** Endpoint name of the ResourceManager on the JobManager's RPC service. */
    public static final String RESOURCE_MANAGER_ENDPOINT = "resourcemanager";
    /** Endpoint name of the blob server (job bundles for TaskManagers) on the JobManager's RPC service. */
    public static final String BLOB_SERVER_ENDPOINT = "blobserver";
    /**
     * The ResourceManager's fencing token. Fixed until leader election (HA) gives each leader session
     * its own id: both sides know it, so the TaskManager can address the ResourceManager without
     * asking anyone first.
     */
    public static final UUID RESOURCE_MANAGER_TOKEN = new UUID(0x5269666666c65L, 0x524dL);
}
