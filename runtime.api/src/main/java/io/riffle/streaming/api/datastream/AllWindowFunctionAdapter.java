package io.riffle.streaming.api.datastream;

import io.riffle.api.common.functions.OpenContext;
import io.riffle.api.common.functions.RuntimeContext;
import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.streaming.api.functions.windowing.ProcessAllWindowFunction;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;

/**
 * Runs a {@link ProcessAllWindowFunction} as the window function of the single-key stream that
 * {@link AllWindowedStream} builds, passing its life cycle on.
 */
final class AllWindowFunctionAdapter<IN, OUT, W extends Window> extends ProcessWindowFunction<IN, OUT, Byte, W> {

    private static final long serialVersionUID = 1L;

    private final ProcessAllWindowFunction<IN, OUT, W> function;
    private transient ContextAdapter context;

    AllWindowFunctionAdapter(ProcessAllWindowFunction<IN, OUT, W> function) {
        this.function = function;
    }

    @Override
    public void setRuntimeContext(RuntimeContext runtimeContext) {
        super.setRuntimeContext(runtimeContext);
        function.setRuntimeContext(runtimeContext);
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        function.open(openContext);
    }

    @Override
    public void close() throws Exception {
        function.close();
    }

    @Override
    public void process(Byte key, Context windowContext, Iterable<IN> elements, Collector<OUT> out) throws Exception {
        function.process(contextFor(windowContext), elements, out);
    }

    @Override
    public void clear(Context windowContext) throws Exception {
        function.clear(contextFor(windowContext));
    }

    private ContextAdapter contextFor(Context windowContext) {
        if (context == null) {
            context = new ContextAdapter();
        }
        context.delegate = windowContext;
        return context;
    }

    private final class ContextAdapter extends ProcessAllWindowFunction<IN, OUT, W>.Context {

        private Context delegate;

        ContextAdapter() {
            function.super();
        }

        @Override
        public W window() {
            return delegate.window();
        }

        @Override
        public KeyedStateStore windowState() {
            return delegate.windowState();
        }

        @Override
        public KeyedStateStore globalState() {
            return delegate.globalState();
        }

        @Override
        public <X> void output(OutputTag<X> outputTag, X value) {
            delegate.output(outputTag, value);
        }
    }
}
