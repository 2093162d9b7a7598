package io.riffle.taskmanager.internal.task;

import io.riffle.taskmanager.internal.network.partition.RecordWriter;
import io.riffle.taskmanager.internal.operators.Output;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import io.riffle.util.OutputTag;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The end of a chain towards the network: serializes records into a result partition. */
final class RecordWriterOutput<T> implements Output<T> {

    private final RecordWriter<T> writer;

    RecordWriterOutput(RecordWriter<T> writer) {
        this.writer = writer;
    }

    @Override
    public void collect(StreamRecord<T> record) {
        try {
            writer.emit(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <X> void collect(OutputTag<X> outputTag, StreamRecord<X> record) {
        // side outputs reach the network through an output wired to their tag (see OutputRouter)
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        try {
            writer.broadcastEmit(watermark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        try {
            writer.broadcastEmit(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
