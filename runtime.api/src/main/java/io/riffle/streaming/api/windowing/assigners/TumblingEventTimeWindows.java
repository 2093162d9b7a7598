package io.riffle.streaming.api.windowing.assigners;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.windowing.triggers.EventTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Windows of a fixed size that do not overlap, on event time: each element falls into exactly one,
 * [start, start + size) with start a multiple of the size (plus the offset).
 */
public final class TumblingEventTimeWindows extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final long offset;

    private TumblingEventTimeWindows(long size, long offset) {
        this.size = size;
        this.offset = offset;
    }

    public static TumblingEventTimeWindows of(Duration size) {
        return of(size, Duration.ZERO);
    }

    /** Windows shifted by {@code offset}, e.g. daily windows in a time zone other than UTC. */
    public static TumblingEventTimeWindows of(Duration size, Duration offset) {
        long sizeMillis = TimeWindowChecks.positiveMillis(size, "size");
        return new TumblingEventTimeWindows(sizeMillis, TimeWindowChecks.offsetMillis(offset, sizeMillis, "size"));
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        long start = TimeWindow.getWindowStartWithOffset(TimeWindowChecks.eventTimestamp(timestamp, this), offset, size);
        return List.of(new TimeWindow(start, start + size));
    }

    public long getSize() {
        return size;
    }

    @Override
    public Trigger<Object, TimeWindow> getDefaultTrigger() {
        return EventTimeTrigger.create();
    }

    @Override
    public TypeSerializer<TimeWindow> getWindowSerializer(SerializerConfig serializerConfig) {
        return new TimeWindow.Serializer();
    }

    @Override
    public boolean isEventTime() {
        return true;
    }

    @Override
    public String toString() {
        return "TumblingEventTimeWindows(" + size + ")";
    }
}
