package io.riffle.streaming.api.functions;

import io.riffle.api.common.functions.AbstractRichFunction;
import io.riffle.streaming.api.TimeDomain;
import io.riffle.streaming.api.TimerService;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Processes each element of a keyed stream with keyed state (from the runtime context) and timers
 * for the element's key.
 */
@ConsumerType
public abstract class KeyedProcessFunction<K, I, O> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void processElement(I value, Context ctx, Collector<O> out) throws Exception;

    /** Called when a timer registered through the {@link TimerService} fires, with its key current. */
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<O> out) throws Exception {}

    /** What {@link #processElement} may ask. Valid only during that call. */
    public abstract class Context {

        /** The element's event timestamp, or null if it has none. */
        public abstract Long timestamp();

        public abstract TimerService timerService();

        public abstract <X> void output(OutputTag<X> outputTag, X value);

        /** The key of the element being processed. */
        public abstract K getCurrentKey();
    }

    /** What {@link #onTimer} may ask. */
    public abstract class OnTimerContext extends Context {

        public abstract TimeDomain timeDomain();

        /** The key of the timer that fired. */
        @Override
        public abstract K getCurrentKey();
    }
}
