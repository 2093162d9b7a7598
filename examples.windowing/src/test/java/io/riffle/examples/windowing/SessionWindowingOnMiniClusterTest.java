package io.riffle.examples.windowing;

import static org.junit.Assert.assertEquals;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RichFlatMapFunction;
import io.riffle.streaming.api.datastream.SingleOutputStreamOperator;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.sink.v2.DiscardingSink;
import io.riffle.util.Collector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.Test;

/**
 * SessionWindowing over the built-in clicks on the in-process mini cluster of runtime.embedded. The
 * sessions and late clicks are read back through accumulators: user functions run as copies on the
 * cluster, so fields of this test would not see them.
 *
 * <p>The expected outputs are worked out by hand from {@link ClickData} (user, timestamp, count, in
 * arrival order). The watermark is the highest timestamp so far - 3, emitted after each click that
 * raises it; a click at t opens [t, t + gap); windows that overlap or touch merge; a session fires
 * (and is gone) once the watermark reaches end - 1; a click is late when its window's end - 1 is
 * already at or behind the watermark. One source feeds every window subtask and the watermark
 * reaches each of them in source order, so the outputs are the same at parallelism 1 and 2.
 */
public class SessionWindowingOnMiniClusterTest {

    private static final String SESSIONS_ACCUMULATOR = "sessions";
    private static final String LATE_CLICKS_ACCUMULATOR = "late-clicks";

    /**
     * Gap 3 (the default). Watermarks: -2 after alice@1, -1 after carol@2, 0 after bob@3, 3 after
     * alice@6, 4 after carol@7, 7 after bob@10, 8 after alice@11, 9 after carol@12, then the end of input.
     * <ul>
     * <li>alice [1, 9), 7: alice@1 [1, 4) and alice@2 [2, 5) make [1, 5); alice@6 opens [6, 9), apart
     *     (5 &lt; 6); alice@4 arrives 2 ms behind at watermark 3, on time, and its [4, 7) touches [1, 5)
     *     and overlaps [6, 9): one session [1, 9) of 1 + 2 + 1 + 3 clicks, fired at watermark 8.
     * <li>alice [11, 15), 3: alice@11 [11, 14) and alice@12 [12, 15), fired at the end of input.
     * <li>bob [1, 6), 3: bob@1 [1, 4) and bob@3 [3, 6), 2 + 1 clicks, fired at watermark 7.
     * <li>bob [10, 13), 1: bob@10 alone, fired at the end of input.
     * <li>carol [2, 5), 1: carol@2 alone, fired at watermark 4 (after carol@7).
     * <li>carol [5, 10), 3: carol@7 opens [7, 10); carol@5 comes at watermark 4, on time, but [2, 5)
     *     has fired already, so its [5, 8) merges only with [7, 10): 2 + 1 clicks, fired at watermark 9.
     * <li>carol [12, 15), 1: carol@12 alone, fired at the end of input.
     * </ul>
     * Late: bob@5 (4 clicks) at watermark 7, its window [5, 8) ends at 7; carol@6 (1 click) at
     * watermark 9, [6, 9) ends at 8. 19 clicks in sessions + 5 late = the 24 clicks of the input.
     */
    private static final List<Session> SESSIONS_GAP_3 = List.of(
            new Session("alice", 1, 9, 7),
            new Session("alice", 11, 15, 3),
            new Session("bob", 1, 6, 3),
            new Session("bob", 10, 13, 1),
            new Session("carol", 2, 5, 1),
            new Session("carol", 5, 10, 3),
            new Session("carol", 12, 15, 1));

    /** Both gaps: the watermark does not depend on the gap, and these two windows end behind it. */
    private static final List<Click> LATE = List.of(new Click("bob", 5, 4), new Click("carol", 6, 1));

    /**
     * Gap 1: a click at t opens [t, t + 1), so only clicks 1 ms apart (touching windows) share a
     * session, and alice@4 bridges nothing. Same watermarks as above.
     * <ul>
     * <li>alice [1, 3), 3: alice@1 [1, 2) and alice@2 [2, 3) touch; fired at watermark 3 (after alice@6).
     * <li>alice [4, 5), 3: alice@4 at watermark 3, on time (ends at 4), alone; fired at watermark 4.
     * <li>alice [6, 7), 1: fired at watermark 7. alice [11, 13), 3: alice@11 and alice@12 touch; end of input.
     * <li>bob [1, 2), 2 and bob [3, 4), 1: apart (2 &lt; 3), both fired at watermark 3. bob [10, 11), 1: end of input.
     * <li>carol [2, 3), 1: fired at watermark 3. carol [5, 6), 1 (carol@5 at watermark 4, ends at 5)
     *     and carol [7, 8), 2: apart, both fired at watermark 7. carol [12, 13), 1: end of input.
     * </ul>
     * Late: bob@5 at watermark 7 ([5, 6) ends at 5) and carol@6 at watermark 9 ([6, 7) ends at 6).
     */
    private static final List<Session> SESSIONS_GAP_1 = List.of(
            new Session("alice", 1, 3, 3),
            new Session("alice", 4, 5, 3),
            new Session("alice", 6, 7, 1),
            new Session("alice", 11, 13, 3),
            new Session("bob", 1, 2, 2),
            new Session("bob", 3, 4, 1),
            new Session("bob", 10, 11, 1),
            new Session("carol", 2, 3, 1),
            new Session("carol", 5, 6, 1),
            new Session("carol", 7, 8, 2),
            new Session("carol", 12, 13, 1));

    @Test(timeout = 60_000)
    public void aLateButInTimeClickBridgesTwoSessionsInOneSubtask() throws Exception {
        assertOutputs(1, SessionWindowingOptions.DEFAULT_GAP_MILLIS, SESSIONS_GAP_3);
    }

    @Test(timeout = 60_000)
    public void aLateButInTimeClickBridgesTwoSessionsInTwoSubtasks() throws Exception {
        assertOutputs(2, SessionWindowingOptions.DEFAULT_GAP_MILLIS, SESSIONS_GAP_3);
    }

    @Test(timeout = 60_000)
    public void aOneMillisecondGapMergesOnlyTouchingClicks() throws Exception {
        assertOutputs(2, 1, SESSIONS_GAP_1);
    }

    private static void assertOutputs(int parallelism, long gapMillis, List<Session> expectedSessions) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        SingleOutputStreamOperator<Session> sessions = SessionWindowing.buildPipeline(env, ClickData.CLICKS, gapMillis);
        sessions.flatMap(new Collect<Session>(SESSIONS_ACCUMULATOR)).sinkTo(new DiscardingSink<>());
        sessions.getSideOutput(SessionWindowing.LATE_CLICKS)
                .flatMap(new Collect<Click>(LATE_CLICKS_ACCUMULATOR)).sinkTo(new DiscardingSink<>());
        JobExecutionResult result = env.execute("Session Windowing");

        List<Session> actualSessions = new ArrayList<>(result.<List<Session>>getAccumulatorResult(SESSIONS_ACCUMULATOR));
        actualSessions.sort(Comparator.comparing(Session::user).thenComparingLong(Session::start));
        assertEquals("sessions at parallelism " + parallelism, expectedSessions, actualSessions);
        List<Click> actualLate = new ArrayList<>(result.<List<Click>>getAccumulatorResult(LATE_CLICKS_ACCUMULATOR));
        actualLate.sort(Comparator.comparing(Click::user).thenComparingLong(Click::timestamp));
        assertEquals("late clicks at parallelism " + parallelism, LATE, actualLate);
    }

    /** Adds every value to the {@link CollectingAccumulator} of the given name; emits nothing. */
    public static final class Collect<T> extends RichFlatMapFunction<T, T> {

        private static final long serialVersionUID = 1L;

        private final String accumulatorName;
        private transient CollectingAccumulator<T> values;

        Collect(String accumulatorName) {
            this.accumulatorName = accumulatorName;
        }

        @Override
        public void open(OpenContext openContext) {
            values = new CollectingAccumulator<>();
            getRuntimeContext().addAccumulator(accumulatorName, values);
        }

        @Override
        public void flatMap(T value, Collector<T> out) {
            values.add(value);
        }
    }
}
