package io.riffle.streaming.api.windowing.windows;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.streaming.api.windowing.assigners.MergingWindowAssigner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A window over the time interval [start, end): start inclusive, end exclusive. */
public final class TimeWindow extends Window {

    private final long start;
    private final long end;

    public TimeWindow(long start, long end) {
        this.start = start;
        this.end = end;
    }

    public long getStart() {
        return start;
    }

    public long getEnd() {
        return end;
    }

    /** {@code end - 1}: the last millisecond inside the window. */
    @Override
    public long maxTimestamp() {
        return end - 1;
    }

    /** Whether the two windows overlap or touch (as in Flink, touching windows intersect). */
    public boolean intersects(TimeWindow other) {
        return start <= other.end && end >= other.start;
    }

    /** The smallest window containing both. */
    public TimeWindow cover(TimeWindow other) {
        return new TimeWindow(Math.min(start, other.start), Math.max(end, other.end));
    }

    /**
     * Merges the windows that overlap or touch: sorts {@code windows} by start and reports each run
     * of two or more intersecting windows, with the window covering them, to {@code callback}.
     */
    public static void mergeWindows(Collection<TimeWindow> windows, MergingWindowAssigner.MergeCallback<TimeWindow> callback) {
        List<TimeWindow> sorted = new ArrayList<>(windows);
        sorted.sort(Comparator.comparingLong(TimeWindow::getStart));
        List<TimeWindow> run = new ArrayList<>();
        TimeWindow cover = null;
        for (TimeWindow window : sorted) {
            if (cover != null && cover.intersects(window)) {
                run.add(window);
                cover = cover.cover(window);
                continue;
            }
            reportMerge(run, cover, callback);
            run = new ArrayList<>();
            run.add(window);
            cover = window;
        }
        reportMerge(run, cover, callback);
    }

    private static void reportMerge(List<TimeWindow> run, TimeWindow cover, MergingWindowAssigner.MergeCallback<TimeWindow> callback) {
        if (run.size() > 1) {
            callback.merge(run, cover);
        }
    }

    /**
     * The start of the window of size {@code windowSize}, shifted by {@code offset}, that contains
     * {@code timestamp}; also right for negative timestamps.
     */
    public static long getWindowStartWithOffset(long timestamp, long offset, long windowSize) {
        long remainder = (timestamp - offset) % windowSize;
        return remainder < 0 ? timestamp - (remainder + windowSize) : timestamp - remainder;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof TimeWindow w && start == w.start && end == w.end);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(start) + Long.hashCode(end);
    }

    @Override
    public String toString() {
        return "TimeWindow{start=" + start + ", end=" + end + "}";
    }

    /** Writes a time window as its start and end (16 bytes). */
    public static final class Serializer extends TypeSerializer<TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<TimeWindow> duplicate() {
            return this;
        }

        @Override
        public TimeWindow copy(TimeWindow from) {
            return from;
        }

        @Override
        public int getLength() {
            return 16;
        }

        @Override
        public void serialize(TimeWindow record, DataOutputView target) throws IOException {
            target.writeLong(record.start);
            target.writeLong(record.end);
        }

        @Override
        public TimeWindow deserialize(DataInputView source) throws IOException {
            return new TimeWindow(source.readLong(), source.readLong());
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Serializer;
        }

        @Override
        public int hashCode() {
            return Serializer.class.hashCode();
        }
    }
}
