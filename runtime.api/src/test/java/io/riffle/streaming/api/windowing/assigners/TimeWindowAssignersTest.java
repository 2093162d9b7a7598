package io.riffle.streaming.api.windowing.assigners;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.streaming.api.windowing.windows.TimeWindow;
import java.time.Duration;
import java.util.List;
import org.junit.Test;

/** The time-window assigners and TimeWindow against hand-computed windows. */
public class TimeWindowAssignersTest {

    /** A processing-time clock fixed at {@code now}. */
    private static WindowAssigner.WindowAssignerContext clockAt(long now) {
        return new WindowAssigner.WindowAssignerContext() {
            @Override
            public long getCurrentProcessingTime() {
                return now;
            }
        };
    }

    private static final WindowAssigner.WindowAssignerContext NO_CLOCK = clockAt(-1);

    @Test
    public void windowStartsAreMultiplesOfTheSizePlusTheOffsetAlsoForNegativeTimestamps() {
        assertEquals(0, TimeWindow.getWindowStartWithOffset(7, 0, 10));
        assertEquals(10, TimeWindow.getWindowStartWithOffset(10, 0, 10));
        assertEquals(-10, TimeWindow.getWindowStartWithOffset(-3, 0, 10));
        assertEquals(-10, TimeWindow.getWindowStartWithOffset(-10, 0, 10));
        assertEquals(3, TimeWindow.getWindowStartWithOffset(7, 3, 10));
        assertEquals(-7, TimeWindow.getWindowStartWithOffset(2, 3, 10));
    }

    @Test
    public void timeWindowsKnowTheirLastTimestampAndCoverEachOther() {
        TimeWindow a = new TimeWindow(0, 10);
        TimeWindow b = new TimeWindow(10, 15);
        TimeWindow c = new TimeWindow(16, 20);
        assertEquals(9, a.maxTimestamp());
        assertTrue("touching windows intersect", a.intersects(b));
        assertFalse(a.intersects(c));
        assertEquals(new TimeWindow(0, 20), a.cover(c));
    }

    @Test
    public void tumblingEventTimeWindowsPutEachElementIntoOneWindow() {
        TumblingEventTimeWindows assigner = TumblingEventTimeWindows.of(Duration.ofMillis(10));
        assertEquals(List.of(new TimeWindow(0, 10)), assigner.assignWindows("x", 9, NO_CLOCK));
        assertEquals(List.of(new TimeWindow(-10, 0)), assigner.assignWindows("x", -1, NO_CLOCK));
        assertEquals(List.of(new TimeWindow(5, 15)),
                TumblingEventTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(5)).assignWindows("x", 14, NO_CLOCK));
        assertTrue(assigner.isEventTime());
    }

    @Test
    public void slidingEventTimeWindowsPutEachElementIntoEveryCoveringWindowLatestFirst() {
        SlidingEventTimeWindows assigner = SlidingEventTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(4));
        assertEquals(List.of(new TimeWindow(8, 18), new TimeWindow(4, 14), new TimeWindow(0, 10)),
                assigner.assignWindows("x", 9, NO_CLOCK));
        assertEquals("a slide larger than the size leaves gaps", List.of(),
                SlidingEventTimeWindows.of(Duration.ofMillis(2), Duration.ofMillis(5)).assignWindows("x", 3, NO_CLOCK));
    }

    @Test
    public void processingTimeAssignersUseTheClockNotTheTimestamp() {
        assertEquals(List.of(new TimeWindow(20, 30)),
                TumblingProcessingTimeWindows.of(Duration.ofMillis(10)).assignWindows("x", 3, clockAt(25)));
        assertEquals(List.of(new TimeWindow(20, 30), new TimeWindow(15, 25)),
                SlidingProcessingTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(5)).assignWindows("x", Long.MIN_VALUE, clockAt(22)));
        assertFalse(TumblingProcessingTimeWindows.of(Duration.ofMillis(10)).isEventTime());
    }

    @Test
    public void badSizesAndOffsetsAreRejectedWithTheReason() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class, () -> TumblingEventTimeWindows.of(Duration.ZERO));
        assertTrue(size.getMessage(), size.getMessage().contains("size must be at least 1 ms"));
        IllegalArgumentException offset = assertThrows(IllegalArgumentException.class,
                () -> SlidingEventTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(5), Duration.ofMillis(5)));
        assertTrue(offset.getMessage(), offset.getMessage().contains("less than the slide"));
    }

    @Test
    public void eventTimeAssignersRejectElementsWithoutTimestamp() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SlidingEventTimeWindows.of(Duration.ofMillis(10), Duration.ofMillis(5)).assignWindows("x", Long.MIN_VALUE, NO_CLOCK));
        assertTrue(e.getMessage(), e.getMessage().contains("record has no timestamp"));
    }
}
