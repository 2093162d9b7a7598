package io.riffle.taskmanager.internal.operators;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import io.riffle.util.OutputTag;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An operator's outputs when it has several, or side outputs: main records go to every main
 * output, side records to the outputs of their tag. All get the same record object: operators do
 * not change the records they are given (see {@link StreamRecord}).
 */
public final class OutputRouter<T> implements Output<T> {

    private final Output<T>[] mainOutputs;
    private final Map<OutputTag<?>, Output<?>[]> sideOutputs = new HashMap<>();

    @SuppressWarnings("unchecked")
    public OutputRouter(List<Output<T>> mainOutputs, Map<OutputTag<?>, List<Output<?>>> sideOutputs) {
        this.mainOutputs = mainOutputs.toArray(new Output[0]);
        sideOutputs.forEach((tag, outputs) -> this.sideOutputs.put(tag, outputs.toArray(new Output<?>[0])));
    }

    @Override
    public void collect(StreamRecord<T> record) {
        fanOut(mainOutputs, record);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> void collect(OutputTag<X> outputTag, StreamRecord<X> record) {
        Output<?>[] targets = sideOutputs.get(outputTag);
        if (targets != null) {
            fanOut((Output<Object>[]) targets, (StreamRecord<Object>) (StreamRecord<?>) record);
        }
    }

    private static <X> void fanOut(Output<X>[] outputs, StreamRecord<X> record) {
        for (Output<X> output : outputs) {
            output.collect(record);
        }
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        for (Output<T> output : mainOutputs) {
            output.emitWatermark(watermark);
        }
        for (Output<?>[] outputs : sideOutputs.values()) {
            for (Output<?> output : outputs) {
                output.emitWatermark(watermark);
            }
        }
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        for (Output<T> output : mainOutputs) {
            output.emitWatermarkStatus(status);
        }
        for (Output<?>[] outputs : sideOutputs.values()) {
            for (Output<?> output : outputs) {
                output.emitWatermarkStatus(status);
            }
        }
    }
}
