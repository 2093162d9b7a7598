package io.riffle.taskmanager.internal.network.input;

import io.riffle.core.io.InputStatus;
import io.riffle.core.memory.DataInputView;
import io.riffle.taskmanager.internal.network.event.EndOfPartitionEvent;
import io.riffle.taskmanager.internal.network.gate.BufferOrEvent;
import io.riffle.taskmanager.internal.network.gate.SingleInputGate;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordDeserializer;
import io.riffle.taskmanager.internal.network.serialization.SpanningRecordSerializer;
import io.riffle.taskmanager.internal.network.serialization.StreamElementSerializer;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.io.IOException;
import java.util.Optional;

/**
 * Turns a task's input gate back into stream elements: one {@link SpanningRecordDeserializer} per
 * channel reassembles records, and {@link #emitNext} hands one element at a time to a
 * {@link DataOutput}, reusing one {@link StreamRecord} instance.
 *
 * <p>Watermarks and watermark statuses are combined across channels by a {@link WatermarkValve}: the
 * input's event time is the smallest watermark of its active channels, and the input is idle when all
 * its channels are.
 *
 * <p>Used by the task thread only. Typical loop: call {@code emitNext} while it returns
 * {@link InputStatus#MORE_AVAILABLE}; on {@link InputStatus#NOTHING_AVAILABLE}, wait for the gate's
 * availability listener (set before the first call); stop at {@link InputStatus#END_OF_INPUT}.
 */
public final class StreamTaskNetworkInput<T> implements AutoCloseable {

    private final SingleInputGate gate;
    private final StreamElementSerializer<T> serializer;
    private final SpanningRecordDeserializer[] deserializers;
    private final WatermarkValve watermarks;

    /** The deserializer holding the buffer being read, or null to poll the gate. */
    private SpanningRecordDeserializer current;
    private int currentChannel;

    /** With the default max record size; the gate's channels must all be set. */
    public StreamTaskNetworkInput(SingleInputGate gate, StreamElementSerializer<T> serializer) {
        this(gate, serializer, SpanningRecordSerializer.DEFAULT_MAX_RECORD_SIZE);
    }

    /** @param maxRecordSize longer records are taken as a corrupt stream; the gate's channels must all be set */
    public StreamTaskNetworkInput(SingleInputGate gate, StreamElementSerializer<T> serializer, int maxRecordSize) {
        this.gate = gate;
        this.serializer = serializer;
        this.deserializers = new SpanningRecordDeserializer[gate.getNumberOfChannels()];
        this.watermarks = new WatermarkValve(gate.getNumberOfChannels());
        for (int i = 0; i < deserializers.length; i++) {
            deserializers[i] = new SpanningRecordDeserializer(gate.getChannel(i).toString(), maxRecordSize);
        }
    }

    /**
     * Emits the next element to {@code output}, if one is available.
     *
     * @throws IOException if a channel failed or delivered bytes that are not a valid element
     * @throws Exception whatever {@code output} throws
     */
    public InputStatus emitNext(DataOutput<T> output) throws Exception {
        while (true) {
            if (current != null) {
                DataInputView recordBytes = current.nextRecord();
                if (recordBytes != null) {
                    emit(serializer.deserialize(recordBytes), currentChannel, output);
                    // Always "more": the current buffer or the gate may hold more. Returning
                    // NOTHING_AVAILABLE here could wait for a notification that already happened.
                    return InputStatus.MORE_AVAILABLE;
                }
                current = null;
            }
            Optional<BufferOrEvent> next = gate.pollNext();
            if (next.isEmpty()) {
                return gate.isFinished() ? InputStatus.END_OF_INPUT : InputStatus.NOTHING_AVAILABLE;
            }
            BufferOrEvent bufferOrEvent = next.get();
            int channel = bufferOrEvent.channelIndex();
            if (bufferOrEvent.isBuffer()) {
                current = deserializers[channel];
                currentChannel = channel;
                current.setNextBuffer(bufferOrEvent.buffer());
            } else if (bufferOrEvent.event() == EndOfPartitionEvent.INSTANCE) {
                if (deserializers[channel].hasPartialRecord()) {
                    throw new IOException(gate.getChannel(channel) + " ended inside a record: the stream was truncated");
                }
                if (gate.isFinished()) {
                    return InputStatus.END_OF_INPUT;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void emit(StreamElement element, int channel, DataOutput<T> output) throws Exception {
        if (element instanceof StreamRecord<?> record) {
            output.emitRecord((StreamRecord<T>) record);
        } else if (element instanceof Watermark watermark) {
            watermarks.inputWatermark(watermark, channel, output);
        } else if (element instanceof WatermarkStatus status) {
            watermarks.inputWatermarkStatus(status, channel, output);
        } else {
            throw new IllegalStateException("unknown stream element " + element);
        }
    }

    public SingleInputGate getGate() {
        return gate;
    }

    /** Recycles buffers held by the deserializers and closes the gate. */
    @Override
    public void close() {
        for (SpanningRecordDeserializer deserializer : deserializers) {
            deserializer.clear();
        }
        current = null;
        gate.close();
    }
}
