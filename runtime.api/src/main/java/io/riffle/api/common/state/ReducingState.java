package io.riffle.api.common.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One value per key, combined with each added value by the descriptor's
 * {@link io.riffle.api.common.functions.ReduceFunction}. {@code get()} returns {@code null} when the
 * key has no value.
 */
@ProviderType
public interface ReducingState<T> extends MergingState<T, T> {}
