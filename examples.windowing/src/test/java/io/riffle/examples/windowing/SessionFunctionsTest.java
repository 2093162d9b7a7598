package io.riffle.examples.windowing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The job's functions and values, without an engine. */
public class SessionFunctionsTest {

    @Test
    public void sumCountsAddsTheCountsAndKeepsTheEarliestTimestamp() {
        assertEquals(new Click("alice", 2, 5), new SessionWindowing.SumCounts().reduce(new Click("alice", 4, 3), new Click("alice", 2, 2)));
    }

    @Test
    public void toSessionEmitsTheWindowBoundsWithTheSummedCount() throws Exception {
        SessionWindowing.ToSession toSession = new SessionWindowing.ToSession();
        List<Session> out = new ArrayList<>();
        toSession.process("alice", contextOf(toSession, new TimeWindow(1, 9)), List.of(new Click("alice", 1, 7)), collector(out));
        assertEquals(List.of(new Session("alice", 1, 9, 7)), out);
    }

    @Test
    public void sessionsAndClicksPrintReadably() {
        assertEquals("alice: session [1, 9), 7 clicks", new Session("alice", 1, 9, 7).toString());
        assertEquals("bob: session [10, 13), 1 click", new Session("bob", 10, 13, 1).toString());
        assertEquals("bob: 4 clicks at 5", new Click("bob", 5, 4).toString());
        assertEquals("carol: 1 click at 6", new Click("carol", 6, 1).toString());
    }

    @Test
    public void invalidValuesAreRejected() {
        assertEquals("a click counts at least 1, got 0 for bob",
                assertThrows(IllegalArgumentException.class, () -> new Click("bob", 5, 0)).getMessage());
        assertEquals("a session ends after it starts, got [5, 5) for bob",
                assertThrows(IllegalArgumentException.class, () -> new Session("bob", 5, 5, 1)).getMessage());
    }

    private static SessionWindowing.ToSession.Context contextOf(SessionWindowing.ToSession function, TimeWindow window) {
        return function.new Context() {
            @Override
            public TimeWindow window() {
                return window;
            }

            @Override
            public long currentProcessingTime() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long currentWatermark() {
                throw new UnsupportedOperationException();
            }

            @Override
            public KeyedStateStore windowState() {
                throw new UnsupportedOperationException();
            }

            @Override
            public KeyedStateStore globalState() {
                throw new UnsupportedOperationException();
            }

            @Override
            public <X> void output(OutputTag<X> outputTag, X value) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static <T> Collector<T> collector(List<T> out) {
        return new Collector<>() {
            @Override
            public void collect(T record) {
                out.add(record);
            }

            @Override
            public void close() {}
        };
    }
}
