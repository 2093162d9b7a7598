package io.riffle.examples.windowing;

import io.riffle.api.common.eventtime.WatermarkStrategy;
import io.riffle.api.common.functions.ReduceFunction;
import io.riffle.streaming.api.datastream.DataStream;
import io.riffle.streaming.api.datastream.SingleOutputStreamOperator;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.windowing.assigners.EventTimeSessionWindows;
import io.riffle.streaming.api.windowing.windows.TimeWindow;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.time.Duration;
import java.util.Collection;

/**
 * Session windows over out-of-order clicks, as in Flink's {@code SessionWindowing} example: each
 * user's clicks less than a gap apart form one session, and the job prints every session with its
 * click count, and every click that came too late for its session.
 *
 * <p>The clicks ({@link ClickData}) arrive up to {@value #MAX_OUT_OF_ORDERNESS_MILLIS} ms out of order;
 * the watermark trails the highest timestamp by that much (plus 1 ms), emitted after every click (see
 * {@link PerEventOutOfOrdernessWatermarks} for why). A session window of a click at t is [t, t + gap);
 * a user's windows that overlap or touch merge, so a click arriving late but in time can bridge two
 * sessions into one. A session fires once the watermark reaches its end - 1; a click whose session
 * would already have ended by the watermark goes to the side output {@link #LATE_CLICKS}.
 *
 * <p>Usage: {@code SessionWindowing [--gap <ms>] [--parallelism <n>]}; the default gap of
 * {@value SessionWindowingOptions#DEFAULT_GAP_MILLIS} ms shows a bridged session.
 */
public class SessionWindowing {

    /** How far behind the highest timestamp so far a click may arrive and still be on time. */
    public static final long MAX_OUT_OF_ORDERNESS_MILLIS = 2;

    /** The clicks that came too late for their session. */
    public static final OutputTag<Click> LATE_CLICKS = new OutputTag<>("late-clicks") {};

    public static void main(String[] args) throws Exception {
        SessionWindowingOptions options = SessionWindowingOptions.fromArgs(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        options.parallelism().ifPresent(env::setParallelism);

        SingleOutputStreamOperator<Session> sessions = buildPipeline(env, ClickData.CLICKS, options.gapMillis());
        sessions.print();
        sessions.getSideOutput(LATE_CLICKS).print("late");

        env.execute("Session Windowing");
    }

    /**
     * The sessions of {@code clicks} (read in this order) with the given gap; the clicks too late for
     * them are the side output {@link #LATE_CLICKS} of the returned stream.
     */
    public static SingleOutputStreamOperator<Session> buildPipeline(StreamExecutionEnvironment env, Collection<Click> clicks,
            long gapMillis) {
        WatermarkStrategy<Click> watermarks = WatermarkStrategy
                .<Click>forGenerator(context -> new PerEventOutOfOrdernessWatermarks<>(Duration.ofMillis(MAX_OUT_OF_ORDERNESS_MILLIS)))
                .withTimestampAssigner((click, recordTimestamp) -> click.timestamp());
        DataStream<Click> timestamped = env.fromData(clicks)
                .assignTimestampsAndWatermarks(watermarks)
                // one generator sees every click in source order, so lateness is the same at any parallelism
                .setParallelism(1)
                .name("timestamps");
        return timestamped
                .keyBy(Click::user)
                .window(EventTimeSessionWindows.withGap(Duration.ofMillis(gapMillis)))
                .sideOutputLateData(LATE_CLICKS)
                .reduce(new SumCounts(), new ToSession())
                .name("sessions");
    }

    /** Adds up the clicks of a session as they arrive, so a window keeps one click, not all of them. */
    public static final class SumCounts implements ReduceFunction<Click> {

        private static final long serialVersionUID = 1L;

        @Override
        public Click reduce(Click a, Click b) {
            return new Click(a.user(), Math.min(a.timestamp(), b.timestamp()), a.count() + b.count());
        }
    }

    /** Turns a fired session window's summed click into a {@link Session} with the window's bounds. */
    public static final class ToSession extends ProcessWindowFunction<Click, Session, String, TimeWindow> {

        private static final long serialVersionUID = 1L;

        @Override
        public void process(String user, Context context, Iterable<Click> sums, Collector<Session> out) {
            TimeWindow window = context.window();
            for (Click sum : sums) {
                out.collect(new Session(user, window.getStart(), window.getEnd(), sum.count()));
            }
        }
    }
}
