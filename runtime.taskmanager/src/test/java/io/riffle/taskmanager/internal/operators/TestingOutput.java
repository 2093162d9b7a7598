package io.riffle.taskmanager.internal.operators;

import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import io.riffle.util.OutputTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what an operator emits, in order. Records are copied into {@link Emitted} values on
 * arrival, because operators reuse (and later overwrite) the record objects they emit; the record
 * objects themselves are kept too, for tests about identity.
 */
final class TestingOutput<T> implements Output<T> {

    /** A record as it was when emitted; {@code timestamp} is null if it had none. */
    record Emitted(Object value, Long timestamp) {}

    private final List<Object> elements = new ArrayList<>();
    private final List<StreamRecord<?>> receivedRecords = new ArrayList<>();
    private final Map<OutputTag<?>, List<Emitted>> sideOutputs = new LinkedHashMap<>();

    static Emitted emitted(Object value, long timestamp) {
        return new Emitted(value, timestamp);
    }

    static Emitted emitted(Object value) {
        return new Emitted(value, null);
    }

    private static Emitted copy(StreamRecord<?> record) {
        return new Emitted(record.getValue(), record.hasTimestamp() ? record.getTimestamp() : null);
    }

    @Override
    public void collect(StreamRecord<T> record) {
        receivedRecords.add(record);
        elements.add(copy(record));
    }

    @Override
    public <X> void collect(OutputTag<X> outputTag, StreamRecord<X> record) {
        receivedRecords.add(record);
        sideOutputs.computeIfAbsent(outputTag, t -> new ArrayList<>()).add(copy(record));
    }

    @Override
    public void emitWatermark(Watermark watermark) {
        elements.add(watermark);
    }

    @Override
    public void emitWatermarkStatus(WatermarkStatus status) {
        elements.add(status);
    }

    /** Main-output records ({@link Emitted}), watermarks and watermark statuses, in the order they arrived. */
    List<Object> elements() {
        return List.copyOf(elements);
    }

    /** The values of the main-output records, in order. */
    List<Object> values() {
        return elements.stream().filter(Emitted.class::isInstance).map(e -> ((Emitted) e).value()).toList();
    }

    /** The main-output records, in order. */
    List<Emitted> records() {
        return elements.stream().filter(Emitted.class::isInstance).map(Emitted.class::cast).toList();
    }

    List<Watermark> watermarks() {
        return elements.stream().filter(Watermark.class::isInstance).map(Watermark.class::cast).toList();
    }

    List<Emitted> sideOutput(OutputTag<?> tag) {
        return List.copyOf(sideOutputs.getOrDefault(tag, List.of()));
    }

    /** The record objects as handed to this output (main and side), not copies. */
    List<StreamRecord<?>> receivedRecords() {
        return List.copyOf(receivedRecords);
    }
}
