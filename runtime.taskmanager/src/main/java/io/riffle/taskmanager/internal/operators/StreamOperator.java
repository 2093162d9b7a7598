package io.riffle.taskmanager.internal.operators;

import io.riffle.api.common.functions.DefaultOpenContext;
import io.riffle.api.common.functions.RichFunction;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;

/**
 * The base of all operators: its context, its output, and the life cycle {@link #open()} (before
 * the first record), {@link #finish()} (after the last record of a bounded input, may still
 * emit), {@link #close()} (always, also after failure or cancellation; releases resources).
 */
public abstract class StreamOperator<OUT> {

    protected OperatorContext context;
    protected Output<OUT> output;
    /** The current event-time watermark, as it reached this operator. */
    protected long currentWatermark = Long.MIN_VALUE;

    public void setup(OperatorContext context, Output<OUT> output) {
        this.context = context;
        this.output = output;
    }

    public void open() throws Exception {}

    public void finish() throws Exception {}

    public void close() throws Exception {}

    /** Advances event time; operators with event-time timers fire them first. */
    public void processWatermark(Watermark watermark) throws Exception {
        currentWatermark = watermark.getTimestamp();
        output.emitWatermark(watermark);
    }

    /** An idle or active upstream; operators pass it on (their inputs combined it already). */
    public void processWatermarkStatus(WatermarkStatus status) throws Exception {
        output.emitWatermarkStatus(status);
    }

    public String getName() {
        return context.operatorName();
    }

    /** Gives a rich user function its runtime context and opens it. */
    protected void openFunction(Object function) throws Exception {
        if (function instanceof RichFunction rich) {
            rich.setRuntimeContext(new StreamingRuntimeContext(context));
            rich.open(DefaultOpenContext.INSTANCE);
        }
    }

    protected static void closeFunction(Object function) throws Exception {
        if (function instanceof RichFunction rich) {
            rich.close();
        }
    }
}
