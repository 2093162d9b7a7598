package io.riffle.streaming.api.functions;

import io.riffle.api.common.functions.AbstractRichFunction;
import io.riffle.streaming.api.TimerService;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Processes each element with access to its timestamp and to side outputs. Timers need a keyed
 * stream: use {@link KeyedProcessFunction} there.
 */
@ConsumerType
public abstract class ProcessFunction<I, O> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void processElement(I value, Context ctx, Collector<O> out) throws Exception;

    /** Called when a timer fires; only possible on keyed streams. */
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {}

    /** What {@link #processElement} may ask. Valid only during that call. */
    public abstract class Context {

        /** The element's event timestamp, or null if it has none. */
        public abstract Long timestamp();

        public abstract TimerService timerService();

        /** Emits {@code value} to the side output {@code outputTag}. */
        public abstract <X> void output(OutputTag<X> outputTag, X value);
    }

    /** What {@link #onTimer} may ask. */
    public abstract class OnTimerContext extends Context {

        public abstract io.riffle.streaming.api.TimeDomain timeDomain();
    }
}
