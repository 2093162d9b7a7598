package io.riffle.runtime.rpc.gateway;

import org.osgi.annotation.versioning.ProviderType;

/** A call of a {@link io.riffle.runtime.taskexecutor.TaskExecutorGateway} method, as it travels. */
@ProviderType
public sealed interface TaskExecutorRequest permits RequestSlot, FreeSlot, SubmitTask, CancelTask, SendOperatorEvent,
        HeartbeatFromResourceManager, HeartbeatFromJobManager {}
