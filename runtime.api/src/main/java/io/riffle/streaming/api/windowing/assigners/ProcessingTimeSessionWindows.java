package io.riffle.streaming.api.windowing.assigners;

import java.time.Duration;

/**
 * Sessions on processing time: a key's elements that arrive less than the gap apart fall into one
 * window, which fires once the clock passes a gap after the last of them.
 */
public final class ProcessingTimeSessionWindows extends SessionWindowAssigner<Object> {

    private static final long serialVersionUID = 1L;

    private final long gap;

    private ProcessingTimeSessionWindows(long gap) {
        super(false);
        this.gap = gap;
    }

    public static ProcessingTimeSessionWindows withGap(Duration size) {
        return new ProcessingTimeSessionWindows(TimeWindowChecks.positiveMillis(size, "session gap"));
    }

    /** Sessions whose gap {@code extractor} chooses per element. */
    public static <T> DynamicProcessingTimeSessionWindows<T> withDynamicGap(SessionWindowTimeGapExtractor<T> extractor) {
        return new DynamicProcessingTimeSessionWindows<>(extractor);
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
        return "ProcessingTimeSessionWindows(" + gap + ")";
    }
}
