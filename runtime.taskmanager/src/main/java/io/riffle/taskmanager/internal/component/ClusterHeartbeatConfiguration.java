package io.riffle.taskmanager.internal.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The heartbeat settings of the shared cluster configuration {@value SharedTaskServices#CLUSTER_PID},
 * which the launcher writes from riffle.yaml: how TaskExecutors watch the JobMasters of their jobs.
 */
@ObjectClassDefinition(name = "Riffle cluster heartbeats (TaskManager)",
        description = "How often TaskExecutors ask the JobMasters of their jobs for a heartbeat, and when they give one up.")
public @interface ClusterHeartbeatConfiguration {

    @AttributeDefinition(name = "Heartbeat interval (ms)", min = "1")
    long heartbeat_interval() default 1_000;

    @AttributeDefinition(name = "Heartbeat timeout (ms)", description = "Longer than the interval.", min = "2")
    long heartbeat_timeout() default 5_000;
}
