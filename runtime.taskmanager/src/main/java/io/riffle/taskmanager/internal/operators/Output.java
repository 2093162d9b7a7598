package io.riffle.taskmanager.internal.operators;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import io.riffle.util.OutputTag;

/**
 * Where an operator emits: the next operator of the chain (a direct call), a network partition, or
 * several of those. Called only on the task thread.
 */
public interface Output<T> {

    void collect(StreamRecord<T> record);

    /** Emits to a side output; dropped if nothing consumes that side output. */
    <X> void collect(OutputTag<X> outputTag, StreamRecord<X> record);

    void emitWatermark(Watermark watermark);

    /** Tells downstream that this output went idle (does not hold back event time) or active again. */
    void emitWatermarkStatus(WatermarkStatus status);
}
