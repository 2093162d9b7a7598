package io.riffle.api.common.functions;

import org.osgi.annotation.versioning.ProviderType;

/** What {@link RichFunction#open(OpenContext)} receives; empty for now, as in Flink. */
@ProviderType
public interface OpenContext {}
