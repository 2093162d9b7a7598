package io.riffle.taskmanager.internal.network.serialization;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.taskmanager.internal.streamrecord.StreamElement;
import io.riffle.taskmanager.internal.streamrecord.StreamRecord;
import io.riffle.taskmanager.internal.streamrecord.Watermark;
import io.riffle.taskmanager.internal.streamrecord.WatermarkStatus;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes {@link StreamElement}s of a stream of {@code T}: a tag byte, then
 * <ul>
 *   <li>{@value #TAG_RECORD}: the value;</li>
 *   <li>{@value #TAG_RECORD_WITH_TIMESTAMP}: the timestamp as 8 bytes, then the value;</li>
 *   <li>{@value #TAG_WATERMARK}: the watermark's timestamp as 8 bytes;</li>
 *   <li>{@value #TAG_WATERMARK_STATUS}: 1 for active, 0 for idle.</li>
 * </ul>
 * Like the wrapped {@link TypeSerializer}, an instance belongs to one thread: use {@link #duplicate()}.
 */
public final class StreamElementSerializer<T> {

    public static final byte TAG_RECORD = 0;
    public static final byte TAG_RECORD_WITH_TIMESTAMP = 1;
    public static final byte TAG_WATERMARK = 2;
    public static final byte TAG_WATERMARK_STATUS = 3;

    private final TypeSerializer<T> valueSerializer;

    public StreamElementSerializer(TypeSerializer<T> valueSerializer) {
        this.valueSerializer = Objects.requireNonNull(valueSerializer, "valueSerializer");
    }

    public TypeSerializer<T> getValueSerializer() {
        return valueSerializer;
    }

    /** An instance for another thread; {@code this} when the value serializer is stateless. */
    public StreamElementSerializer<T> duplicate() {
        TypeSerializer<T> copy = valueSerializer.duplicate();
        return copy == valueSerializer ? this : new StreamElementSerializer<>(copy);
    }

    public void serializeRecord(StreamRecord<T> record, DataOutputView target) throws IOException {
        if (record.hasTimestamp()) {
            target.writeByte(TAG_RECORD_WITH_TIMESTAMP);
            target.writeLong(record.getTimestamp());
        } else {
            target.writeByte(TAG_RECORD);
        }
        valueSerializer.serialize(record.getValue(), target);
    }

    @SuppressWarnings("unchecked")
    public void serialize(StreamElement element, DataOutputView target) throws IOException {
        if (element instanceof StreamRecord<?> record) {
            serializeRecord((StreamRecord<T>) record, target);
        } else if (element instanceof Watermark watermark) {
            target.writeByte(TAG_WATERMARK);
            target.writeLong(watermark.getTimestamp());
        } else if (element instanceof WatermarkStatus status) {
            target.writeByte(TAG_WATERMARK_STATUS);
            target.writeByte(status.isActive() ? 1 : 0);
        } else {
            throw new IllegalArgumentException("unknown stream element " + element);
        }
    }

    /** Reads one element: a new record (see {@link StreamRecord} for why new), a watermark or a status. */
    public StreamElement deserialize(DataInputView source) throws IOException {
        byte tag = source.readByte();
        switch (tag) {
            case TAG_RECORD -> {
                return new StreamRecord<>(valueSerializer.deserialize(source));
            }
            case TAG_RECORD_WITH_TIMESTAMP -> {
                long timestamp = source.readLong();
                return new StreamRecord<>(valueSerializer.deserialize(source), timestamp);
            }
            case TAG_WATERMARK -> {
                return new Watermark(source.readLong());
            }
            case TAG_WATERMARK_STATUS -> {
                return source.readByte() != 0 ? WatermarkStatus.ACTIVE : WatermarkStatus.IDLE;
            }
            default -> throw new IOException("corrupt stream: unknown stream element tag " + tag);
        }
    }
}
