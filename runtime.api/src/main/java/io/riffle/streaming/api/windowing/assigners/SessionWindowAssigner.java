package io.riffle.streaming.api.windowing.assigners;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.windowing.triggers.EventTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.ProcessingTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import java.util.Collection;
import java.util.List;

/**
 * What the session assigners share: an element at time t opens the window [t, t + gap), and
 * windows of a key that overlap or touch merge into one session. Subclasses choose the gap.
 */
abstract class SessionWindowAssigner<T> extends MergingWindowAssigner<T, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final boolean eventTime;

    SessionWindowAssigner(boolean eventTime) {
        this.eventTime = eventTime;
    }

    /** The element's gap in milliseconds. */
    abstract long gapMillis(T element);

    @Override
    public Collection<TimeWindow> assignWindows(T element, long timestamp, WindowAssignerContext context) {
        long gap = gapMillis(element);
        if (gap <= 0) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": the session gap must be positive, got " + gap
                    + " ms for " + element);
        }
        long start = eventTime ? TimeWindowChecks.eventTimestamp(timestamp, this) : context.getCurrentProcessingTime();
        long end = start + gap;
        return List.of(new TimeWindow(start, end >= start ? end : Long.MAX_VALUE));
    }

    @Override
    public void mergeWindows(Collection<TimeWindow> windows, MergeCallback<TimeWindow> callback) {
        TimeWindow.mergeWindows(windows, callback);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Trigger<T, TimeWindow> getDefaultTrigger() {
        return eventTime ? (Trigger) EventTimeTrigger.create() : (Trigger) ProcessingTimeTrigger.create();
    }

    @Override
    public boolean isEventTime() {
        return eventTime;
    }

    @Override
    public TypeSerializer<TimeWindow> getWindowSerializer(SerializerConfig serializerConfig) {
        return new TimeWindow.Serializer();
    }
}
