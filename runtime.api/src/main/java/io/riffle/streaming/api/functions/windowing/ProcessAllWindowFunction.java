package io.riffle.streaming.api.functions.windowing;

import io.riffle.api.common.functions.AbstractRichFunction;
import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Evaluates a window of a non-keyed stream ({@code DataStream.windowAll}) when it fires: gets every
 * element of the window, or the one pre-aggregated result.
 */
@ConsumerType
public abstract class ProcessAllWindowFunction<IN, OUT, W extends Window> extends AbstractRichFunction {

    private static final long serialVersionUID = 1L;

    public abstract void process(Context context, Iterable<IN> elements, Collector<OUT> out) throws Exception;

    /** Called when the window's contents are dropped; releases per-window resources. */
    public void clear(Context context) throws Exception {}

    /** What {@link #process} and {@link #clear} may ask; valid only during that call. */
    public abstract class Context {

        public abstract W window();

        /** State of the current window, dropped with it: {@link #clear} must clear what {@link #process} stored. */
        public abstract KeyedStateStore windowState();

        /** State shared by all windows. */
        public abstract KeyedStateStore globalState();

        /** Emits {@code value} to the side output {@code outputTag}. */
        public abstract <X> void output(OutputTag<X> outputTag, X value);
    }
}
