package io.riffle.streaming.api.windowing.triggers;

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

    /** Whether this trigger supports merging windows; Riffle has no merging windows yet. */
    public boolean canMerge() {
        return false;
    }

    /** What a trigger may do for the current key and window. */
    public interface TriggerContext {

        long getCurrentProcessingTime();

        long getCurrentWatermark();

        void registerProcessingTimeTimer(long time);

        void registerEventTimeTimer(long time);

        void deleteProcessingTimeTimer(long time);

        void deleteEventTimeTimer(long time);

        /**
         * State of the current key and window. Riffle supports value and reducing state here so far;
         * other kinds fail with {@link UnsupportedOperationException}.
         */
        <S extends State> S getPartitionedState(StateDescriptor<S, ?> stateDescriptor);
    }
}
