package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.state.ValueState;

/**
 * Value state with the one-lookup operations the runtime's own operators use on hot paths: a window
 * operator folds each element into a window's contents and takes them out when the window goes.
 */
public interface InternalValueState<V> extends ValueState<V> {

    /**
     * Replaces the current value {@code v} (null if absent) with {@code transformation.apply(v,
     * argument)} in one lookup; a null result removes the entry.
     */
    <A> void transform(A argument, StateTransformation<V, A> transformation) throws Exception;

    /** Removes the current value and returns it, or {@code null} if there was none. */
    V getAndClear();

    /** How {@link #transform} computes the new value. */
    @FunctionalInterface
    interface StateTransformation<V, A> {

        V apply(V current, A argument) throws Exception;
    }
}
