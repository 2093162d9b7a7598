package io.riffle.api.common.state;

import org.osgi.annotation.versioning.ProviderType;

/**
 * State that values are added to and a combined result is read from.
 *
 * @param <IN> the type of added values
 * @param <OUT> the type of the result
 */
@ProviderType
public interface AppendingState<IN, OUT> extends State {

    /**
     * The current key's result. List state returns an empty iterable when empty; reducing and
     * aggregating state return {@code null} when empty (as Flink's user-facing states do).
     */
    OUT get() throws Exception;

    /** Adds {@code value} to the current key's state. */
    void add(IN value) throws Exception;
}
