package io.riffle.streaming.api.windowing.assigners;

import java.time.Duration;

/**
 * Sessions on event time: a key's elements less than the gap apart fall into one window, which ends
 * a gap after its last element and fires once the watermark passes that end.
 */
public final class EventTimeSessionWindows extends SessionWindowAssigner<Object> {

    private static final long serialVersionUID = 1L;

    private final long gap;

    private EventTimeSessionWindows(long gap) {
        super(true);
        this.gap = gap;
    }

    public static EventTimeSessionWindows withGap(Duration size) {
        return new EventTimeSessionWindows(TimeWindowChecks.positiveMillis(size, "session gap"));
    }

    /** Sessions whose gap {@code extractor} chooses per element. */
    public static <T> DynamicEventTimeSessionWindows<T> withDynamicGap(SessionWindowTimeGapExtractor<T> extractor) {
        return new DynamicEventTimeSessionWindows<>(extractor);
    }

    public long getGap() {
        return gap;
    }

    @Override
    long gapMillis(Object element) {
        return gap;
    }




    @Override
    public String toString() {
        return "EventTimeSessionWindows(" + gap + ")";
    }
}
