package io.riffle.streaming.api.windowing.assigners;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.streaming.api.windowing.triggers.ProcessingTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.Trigger;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Windows of a fixed size that start every {@code slide}, on processing time: an element falls into
 * {@code size / slide} windows (rounded up) when they overlap, or none if it lands in a gap.
 */
public final class SlidingProcessingTimeWindows extends WindowAssigner<Object, TimeWindow> {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final long slide;
    private final long offset;

    private SlidingProcessingTimeWindows(long size, long slide, long offset) {
        this.size = size;
        this.slide = slide;
        this.offset = offset;
    }

    public static SlidingProcessingTimeWindows of(Duration size, Duration slide) {
        return of(size, slide, Duration.ZERO);
    }

    public static SlidingProcessingTimeWindows of(Duration size, Duration slide, Duration offset) {
        long sizeMillis = TimeWindowChecks.positiveMillis(size, "size");
        long slideMillis = TimeWindowChecks.positiveMillis(slide, "slide");
        return new SlidingProcessingTimeWindows(sizeMillis, slideMillis, TimeWindowChecks.offsetMillis(offset, slideMillis, "slide"));
    }

    @Override
    public Collection<TimeWindow> assignWindows(Object element, long timestamp, WindowAssignerContext context) {
        long time = context.getCurrentProcessingTime();
        List<TimeWindow> windows = new ArrayList<>((int) ((size + slide - 1) / slide));
        for (long start = TimeWindow.getWindowStartWithOffset(time, offset, slide); start > time - size; start -= slide) {
            windows.add(new TimeWindow(start, start + size));
        }
        return windows;
    }

    public long getSize() {
        return size;
    }

    public long getSlide() {
        return slide;
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
        return "SlidingProcessingTimeWindows(" + size + ", " + slide + ")";
    }
}
