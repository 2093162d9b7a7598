package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.state.KeyedStateStore;
import io.riffle.streaming.api.functions.windowing.ProcessWindowFunction;
import io.riffle.streaming.api.windowing.windows.Window;
import io.riffle.taskmanager.internal.operators.Output;
import io.riffle.taskmanager.internal.state.HeapKeyedStateBackend;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.util.OutputTag;

/** The context a {@link ProcessWindowFunction} sees; the operator sets the window before each call. */
final class WindowContext<K, IN, OUT, W extends Window> extends ProcessWindowFunction<IN, OUT, K, W>.Context {

    W window;
    private final WindowOperator<K, ?, ?, IN, OUT, W> operator;
    private final HeapKeyedStateBackend<Object> backend;
    /** The per-window state, or {@code null} under a merging assigner (as in Flink, merged windows have none). */
    private final KeyedStateStore windowStore;
    private final Output<OUT> output;

    WindowContext(ProcessWindowFunction<IN, OUT, K, W> function, WindowOperator<K, ?, ?, IN, OUT, W> operator,
            HeapKeyedStateBackend<Object> backend, KeyedStateStore windowStore, Output<OUT> output) {
        function.super();
        this.operator = operator;
        this.backend = backend;
        this.windowStore = windowStore;
        this.output = output;
    }

    @Override
    public W window() {
        return window;
    }

    @Override
    public long currentProcessingTime() {
        return operator.currentProcessingTime();
    }

    @Override
    public long currentWatermark() {
        return operator.currentWatermark();
    }

    @Override
    public KeyedStateStore windowState() {
        if (windowStore == null) {
            throw new UnsupportedOperationException("per-window state is not available with merging (session) windows; "
                    + "use globalState() or the window's contents");
        }
        return windowStore;
    }

    @Override
    public KeyedStateStore globalState() {
        return backend;
    }

    /** Side outputs carry the window's {@code maxTimestamp}, like the main output. */
    @Override
    public <X> void output(OutputTag<X> outputTag, X value) {
        output.collect(outputTag, new StreamRecord<>(value, window.maxTimestamp()));
    }
}
