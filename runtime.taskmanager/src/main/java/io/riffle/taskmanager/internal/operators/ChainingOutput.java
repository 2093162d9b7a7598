package io.riffle.taskmanager.internal.operators;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import io.riffle.util.OutputTag;

/** Hands records to the next operator of the chain by a direct call: no copy, no serialization. */
public final class ChainingOutput<T> implements Output<T> {

    private final Input<T> next;

    public ChainingOutput(Input<T> next) {
        this.next = next;
    }

    @Override
    public void collect(StreamRecord<T> record) {
        try {
            next.processElement(record);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChainedOperatorException(e);
        }
    }

    @Override
    public <X> void collect(OutputTag<X> outputTag, StreamRecord<X> record) {
        // a side-output edge is wired as an output of its own (see OutputRouter); nothing to do here
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        try {
            next.processWatermark(watermark);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChainedOperatorException(e);
        }
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        try {
            next.processWatermarkStatus(status);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChainedOperatorException(e);
        }
    }
}
