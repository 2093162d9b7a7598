package io.riffle.runtime.rpc.gateway;

import org.osgi.annotation.versioning.ProviderType;

/** A call of a {@link io.riffle.runtime.resourcemanager.ResourceManagerGateway} method, as it travels. */
@ProviderType
public sealed interface ResourceManagerRequest permits RegisterTaskExecutor, DisconnectTaskExecutor, DeclareRequiredSlots,
        NotifySlotAvailable {}
