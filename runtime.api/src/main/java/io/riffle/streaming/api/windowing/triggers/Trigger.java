package io.riffle.streaming.api.windowing.triggers;

import io.riffle.api.common.state.MergingState;
import io.riffle.api.common.state.State;
import io.riffle.api.common.state.StateDescriptor;
import io.riffle.streaming.api.windowing.windows.Window;
import java.io.Serializable;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides when a window is evaluated: per element and per timer it registered, for one key and
 * window at a time. Timers and state it gets from the {@link TriggerContext} are scoped to that key
 * and window; {@link #clear} must delete what it registered when the window is dropped.
 */
@ConsumerType
public abstract class Trigger<T, W extends Window> implements Serializable {

    private static final long serialVersionUID = 1L;

    public abstract TriggerResult onElement(T element, long timestamp, W window, TriggerContext ctx) throws Exception;

    public abstract TriggerResult onProcessingTime(long time, W window, TriggerContext ctx) throws Exception;

    public abstract TriggerResult onEventTime(long time, W window, TriggerContext ctx) throws Exception;

    /** Deletes the timers and state this trigger keeps for {@code window}. */
    public abstract void clear(W window, TriggerContext ctx) throws Exception;

    /**
     * Whether this trigger works with merging windows (session windows): then it must implement
     * {@link #onMerge}.
     */
    public boolean canMerge() {
        return false;
    }

    /**
     * Called when windows merged into {@code window}: the trigger registers the timers the merged
     * window needs and merges its state with {@link OnMergeContext#mergePartitionedState}. The
     * merged windows' timers are gone by then ({@link #clear} was called for each).
     */
    public void onMerge(W window, OnMergeContext ctx) throws Exception {
        throw new UnsupportedOperationException(getClass().getName() + " does not support merging windows");
    }

    /** What a trigger may do for the current key and window. */
    public interface TriggerContext {

        long getCurrentProcessingTime();

        long getCurrentWatermark();

        void registerProcessingTimeTimer(long time);

        void registerEventTimeTimer(long time);

        void deleteProcessingTimeTimer(long time);

        void deleteEventTimeTimer(long time);

        /** State of the current key and window, kept in the keyed state backend like any keyed state. */
        <S extends State> S getPartitionedState(StateDescriptor<S, ?> stateDescriptor);
    }

    /** The context of {@link #onMerge}: the current window is the merge result. */
    public interface OnMergeContext extends TriggerContext {

        /**
         * Merges the state of the merged windows into the result window's: reducing and aggregating
         * state are combined with the descriptor's function, list state is concatenated.
         */
        <S extends MergingState<?, ?>> void mergePartitionedState(StateDescriptor<S, ?> stateDescriptor);
    }
}
