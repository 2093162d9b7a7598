package io.riffle.runtime.rpc.gateway;

import org.osgi.annotation.versioning.ProviderType;

/** A call of a {@link io.riffle.runtime.blob.BlobServerGateway} method, as it travels. */
@ProviderType
public sealed interface BlobServerRequest permits ReadBlob {}
