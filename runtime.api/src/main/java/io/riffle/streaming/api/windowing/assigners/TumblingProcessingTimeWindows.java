package io.riffle.streaming.api.windowing.assigners;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.windowing.triggers.ProcessingTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Windows of a fixed size that do not overlap, on processing time: each element falls into exactly one,
 * [start, start + size) with start a multiple of the size (plus the offset).
 */
public final class TumblingProcessingTimeWindows extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final long offset;

    private TumblingProcessingTimeWindows(long size, long offset) {
        this.size = size;
        this.offset = offset;
    }

    public static TumblingProcessingTimeWindows of(Duration size) {
        return of(size, Duration.ZERO);
    }

    /** Windows shifted by {@code offset}, e.g. daily windows in a time zone other than UTC. */
    public static TumblingProcessingTimeWindows of(Duration size, Duration offset) {
        long sizeMillis = TimeWindowChecks.positiveMillis(size, "size");
        return new TumblingProcessingTimeWindows(sizeMillis, TimeWindowChecks.offsetMillis(offset, sizeMillis, "size"));
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        long start = TimeWindow.getWindowStartWithOffset(context.getCurrentProcessingTime(), offset, size);
        return List.of(new TimeWindow(start, start + size));
    }

    public long getSize() {
        return size;
    }

    @Override
    public Trigger<Object, TimeWindow> getDefaultTrigger() {
        return ProcessingTimeTrigger.create();
    }

    @Override
    public TypeSerializer<TimeWindow> getWindowSerializer(SerializerConfig serializerConfig) {
        return new TimeWindow.Serializer();
    }

    @Override
    public boolean isEventTime() {
        return false;
    }

    @Override
    public String toString() {
        return "TumblingProcessingTimeWindows(" + size + ")";
    }
}
