package io.riffle.runtime.rpc.gateway;

import org.osgi.annotation.versioning.ProviderType;

/** A call of a {@link io.riffle.runtime.jobmaster.JobMasterGateway} method, as it travels. */
@ProviderType
public sealed interface JobMasterRequest permits OfferSlots, UpdateTaskExecutionState, SendOperatorEventToCoordinator,
        HeartbeatFromTaskManager {}
