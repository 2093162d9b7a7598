package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.ValueState;

/**
 * Value state with the one-lookup operations the runtime's own operators use on hot paths: a keyed
 * reduce folds each record into its key's value, a window operator each element into a window's
 * contents, which it takes out when the window goes.
 */
public interface InternalValueState<V> extends ValueState<V> {

    /**
     * Replaces the current value {@code v} (null if absent) with {@code transformation.apply(v,
     * argument)} in one lookup and returns it; a null result removes the entry.
     */
    <A> V transform(A argument, StateTransformation<V, A> transformation) throws Exception;

    /** Removes the current value and returns it, or {@code null} if there was none. */
    V getAndClear();

    /** How {@link #transform} computes the new value. */
    @FunctionalInterface
    interface StateTransformation<V, A> {

        V apply(V current, A argument) throws Exception;
    }
}
