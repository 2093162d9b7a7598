package io.riffle.api.common.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An accumulator per key, updated with each added value by the descriptor's
 * {@link io.riffle.api.common.functions.AggregateFunction}; {@code get()} returns the function's
 * result for the accumulator, or {@code null} when the key has none.
 */
@ProviderType
public interface AggregatingState<IN, OUT> extends MergingState<IN, OUT> {}
