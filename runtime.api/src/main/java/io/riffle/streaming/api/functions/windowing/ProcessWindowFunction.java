package io.riffle.streaming.api.functions.windowing;

import io.riffle.api.common.functions.AbstractRichFunction;
import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Evaluates a window when it fires: gets every element of the window (or the one pre-aggregated
 * result, when combined with a reduce or aggregate function) with the window's key and metadata.
 */
@ConsumerType
public abstract class ProcessWindowFunction<IN, OUT, KEY, W extends Window> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void process(KEY key, Context context, Iterable<IN> elements, Collector<OUT> out) throws Exception;

    /** Called when the window's contents are dropped; releases per-window resources. */
    public void clear(Context context) throws Exception {}

    /** What {@link #process} and {@link #clear} may ask; valid only during that call. */
    public abstract class Context {

        public abstract W window();

        public abstract long currentProcessingTime();

        public abstract long currentWatermark();

        /**
         * State of the current key and window, dropped with the window: {@link #clear} must clear
         * what {@link #process} stored. Not available with merging (session) windows, as in Flink.
         */
        public abstract KeyedStateStore windowState();

        /** Keyed state of the current key, shared by all its windows. */
        public abstract KeyedStateStore globalState();

        /** Emits {@code value} to the side output {@code outputTag}. */
        public abstract <X> void output(OutputTag<X> outputTag, X value);
    }
}
