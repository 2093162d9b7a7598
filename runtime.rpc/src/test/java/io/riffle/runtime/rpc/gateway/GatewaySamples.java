package io.riffle.runtime.rpc.gateway;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ExecutionAttemptId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.SlotId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.deployment.TaskDeploymentDescriptor;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.SerializedValue;
import io.riffle.runtime.jobgraph.TaskChain;
import io.riffle.runtime.state.KeyGroupRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** Ids and values the gateway tests send. */
final class GatewaySamples {

    static final JobID JOB = new JobID(0x3f2a17c94be1d0a8L, 0x8e4f0b6d21c7a953L);
    static final ResourceId TASK_MANAGER = new ResourceId("taskmanager-1");
    static final TaskManagerLocation TASK_MANAGER_LOCATION = new TaskManagerLocation(TASK_MANAGER, "127.0.0.1", 6121);
    static final SlotId SLOT = new SlotId(TASK_MANAGER, 2);
    static final AllocationId ALLOCATION = new AllocationId(new UUID(42L, 4242L));
    static final ExecutionAttemptId ATTEMPT = new ExecutionAttemptId(new UUID(0x0123456789abcdefL, 0xfedcba9876543210L));
    static final UUID LEADER_SESSION = new UUID(0x1111L, 0x2222L);
    static final UUID NEXT_LEADER_SESSION = new UUID(0x3333L, 0x4444L);

    private GatewaySamples() {}

    /** A source subtask; the chain's bytes stand in for a Java-serialized TaskChain. */
    static TaskDeploymentDescriptor sourceTask() {
        try {
            SerializedValue<TaskChain> chain = SerializedValue.fromBytes(SerializedValue.of("a TaskChain").toBytes());
            return new TaskDeploymentDescriptor(JOB, "WordCount", new JobVertexId(new UUID(7L, 8L)), ATTEMPT, ALLOCATION, "Source", 0, 2, 0,
                    new KeyGroupRange(0, 63), chain, List.of(), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
