package io.riffle.streaming.api.windowing.assigners;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.Window;
import java.io.Serializable;
import java.util.Collection;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Puts each element into zero or more windows. {@link #isEventTime()} says which clock decides
 * whether an element is late and when a window's contents are dropped; the trigger decides when
 * windows fire.
 */
@ConsumerType
public abstract class WindowAssigner<T, W extends Window> implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The windows {@code element} belongs to.
     *
     * @param timestamp the element's timestamp, {@link Long#MIN_VALUE} if it has none
     */
    public abstract Collection<W> assignWindows(T element, long timestamp, WindowAssignerContext context);

    /** The trigger that decides when windows fire, unless the job sets one with {@code WindowedStream.trigger}. */
    public abstract Trigger<T, W> getDefaultTrigger();

    /** How the runtime writes windows of this assigner into state. */
    public abstract TypeSerializer<W> getWindowSerializer(SerializerConfig serializerConfig);

    /** Whether windows fire on event time (else on processing time). */
    public abstract boolean isEventTime();

    /** What an assigner may ask the runtime while assigning. */
    public abstract static class WindowAssignerContext {

        public abstract long getCurrentProcessingTime();
    }
}
