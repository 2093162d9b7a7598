package io.riffle.api.common.state;

import org.osgi.annotation.versioning.ProviderType;

/** Appending state whose entries can be merged (for merging windows). */
@ProviderType
public interface MergingState<IN, OUT> extends AppendingState<IN, OUT> {}
