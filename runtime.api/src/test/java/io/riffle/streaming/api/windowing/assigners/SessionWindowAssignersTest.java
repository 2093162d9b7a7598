package io.riffle.streaming.api.windowing.assigners;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.streaming.api.windowing.triggers.EventTimeTrigger;
import io.riffle.streaming.api.windowing.triggers.ProcessingTimeTrigger;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The session assigners and TimeWindow.mergeWindows against hand-computed windows and merges. */
public class SessionWindowAssignersTest {

    private static WindowAssigner.WindowAssignerContext clockAt(long now) {
        return new WindowAssigner.WindowAssignerContext() {
            @Override
            public long getCurrentProcessingTime() {
                return now;
            }
        };
    }

    /** The merges mergeWindows reports, as "merged windows -> result". */
    private static List<String> merges(List<TimeWindow> windows) {
        List<String> merges = new ArrayList<>();
        TimeWindow.mergeWindows(windows, (toBeMerged, result) -> merges.add(toBeMerged + " -> " + result));
        return merges;
    }

    private static TimeWindow w(long start, long end) {
        return new TimeWindow(start, end);
    }

    @Test
    public void anElementOpensASessionOfTheGapFromItsTimestampOrArrival() {
        assertEquals(List.of(w(7, 17)), EventTimeSessionWindows.withGap(Duration.ofMillis(10)).assignWindows("x", 7, clockAt(100)));
        assertEquals(List.of(w(100, 110)),
                ProcessingTimeSessionWindows.withGap(Duration.ofMillis(10)).assignWindows("x", 7, clockAt(100)));
        assertTrue(EventTimeSessionWindows.withGap(Duration.ofMillis(1)).isEventTime());
        assertFalse(ProcessingTimeSessionWindows.withGap(Duration.ofMillis(1)).isEventTime());
        assertTrue(EventTimeSessionWindows.withGap(Duration.ofMillis(1)).getDefaultTrigger() instanceof EventTimeTrigger);
        assertTrue(ProcessingTimeSessionWindows.withGap(Duration.ofMillis(1)).getDefaultTrigger() instanceof ProcessingTimeTrigger);
    }

    @Test
    public void dynamicGapsComeFromEachElementAndMustBePositive() {
        DynamicEventTimeSessionWindows<String> assigner = EventTimeSessionWindows.withDynamicGap(String::length);
        assertEquals(List.of(w(5, 8)), assigner.assignWindows("abc", 5, clockAt(0)));
        assertEquals(List.of(w(50, 52)),
                ProcessingTimeSessionWindows.<String>withDynamicGap(String::length).assignWindows("ab", 5, clockAt(50)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> assigner.assignWindows("", 5, clockAt(0)));
        assertTrue(e.getMessage(), e.getMessage().contains("the session gap must be positive, got 0 ms"));
        assertThrows(IllegalArgumentException.class, () -> EventTimeSessionWindows.withGap(Duration.ZERO));
    }

    @Test
    public void overlappingAndTouchingWindowsMergeIntoTheWindowCoveringThem() {
        assertEquals(List.of("[" + w(0, 10) + ", " + w(5, 15) + ", " + w(15, 20) + "] -> " + w(0, 20)),
                merges(List.of(w(15, 20), w(0, 10), w(5, 15))));
        assertEquals("windows with a gap between them stay apart", List.of(), merges(List.of(w(0, 10), w(11, 20))));
        assertEquals(List.of("[" + w(0, 10) + ", " + w(3, 4) + "] -> " + w(0, 10), "[" + w(20, 30) + ", " + w(25, 40) + "] -> " + w(20, 40)),
                merges(List.of(w(25, 40), w(3, 4), w(20, 30), w(0, 10))));
    }

    @Test
    public void anEventTimeSessionNeedsATimestamp() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> EventTimeSessionWindows.withGap(Duration.ofMillis(10)).assignWindows("x", Long.MIN_VALUE, clockAt(0)));
        assertTrue(e.getMessage(), e.getMessage().contains("record has no timestamp"));
    }
}
