package io.riffle.runtime.rpc.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The part of the shared configuration {@value ProcessRpc#CLUSTER_PID} (designated by {@link RpcServiceComponent}) the RPC wiring reads. The
 * launcher writes it from riffle.yaml (through runtime.config), one property per key.
 */
@ObjectClassDefinition(name = "Riffle cluster",
        description = "What the processes of a cluster share: where the JobManager's RPC endpoint is, heartbeat timing.")
public @interface ClusterConfiguration {

    @AttributeDefinition(name = "JobManager RPC address",
            description = "Where the JobManager listens for RPC, and where TaskManagers reach it.")
    String jobmanager_rpc_address() default "localhost";

    @AttributeDefinition(name = "JobManager RPC port", description = "Port of the JobManager's RPC endpoint; 0 picks a free one.",
            min = "0", max = "65535")
    int jobmanager_rpc_port() default 6123;

    @AttributeDefinition(name = "Heartbeat interval (ms)", description = "How often the JobManager asks each TaskManager for a heartbeat.",
            min = "1")
    long heartbeat_interval() default 1_000;

    @AttributeDefinition(name = "Heartbeat timeout (ms)",
            description = "How long without an answered heartbeat before a TaskManager counts as lost; longer than the interval.",
            min = "2")
    long heartbeat_timeout() default 5_000;
}
