package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;

/** A slot a TaskExecutor offered to the JobMaster and the JobMaster accepted. */
record AssignedSlot(AllocationId allocationId, TaskManagerLocation taskManager, TaskExecutorGateway taskExecutor, int slotIndex) {}
