package io.riffle.taskmanager.internal.windowing;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import io.riffle.streaming.runtime.operators.windowing.TimestampedValue;
import java.io.IOException;
import java.util.Objects;

/** The type of the elements an evicting window keeps: a value of {@code valueType} and its timestamp, if any. */
final class TimestampedValueTypeInfo<T> extends TypeInformation<TimestampedValue<T>> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<T> valueType;

    TimestampedValueTypeInfo(TypeInformation<T> valueType) {
        this.valueType = Objects.requireNonNull(valueType, "value type is null");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<TimestampedValue<T>> getTypeClass() {
        return (Class<TimestampedValue<T>>) (Class<?>) TimestampedValue.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<TimestampedValue<T>> createSerializer(SerializerConfig config) {
        return new Serializer<>(valueType.createSerializer(config));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TimestampedValueTypeInfo<?> other && valueType.equals(other.valueType);
    }

    @Override
    public int hashCode() {
        return 31 * valueType.hashCode() + 7;
    }

    @Override
    public String toString() {
        return "TimestampedValue<" + valueType + ">";
    }

    /** Writes a flag, the timestamp (8 bytes, 0 if none), then the value. */
    private static final class Serializer<T> extends TypeSerializer<TimestampedValue<T>> {

        private static final long serialVersionUID = 1L;

        private final TypeSerializer<T> valueSerializer;

        Serializer(TypeSerializer<T> valueSerializer) {
            this.valueSerializer = valueSerializer;
        }

        @Override
        public boolean isImmutableType() {
            return valueSerializer.isImmutableType();
        }

        @Override
        public TypeSerializer<TimestampedValue<T>> duplicate() {
            TypeSerializer<T> duplicate = valueSerializer.duplicate();
            return duplicate == valueSerializer ? this : new Serializer<>(duplicate);
        }

        @Override
        public TimestampedValue<T> copy(TimestampedValue<T> from) {
            return TimestampedValue.from(valueSerializer.copy(from.getValue()), from.hasTimestamp(), from.getTimestamp());
        }

        @Override
        public int getLength() {
            return valueSerializer.getLength() < 0 ? -1 : 9 + valueSerializer.getLength();
        }

        @Override
        public void serialize(TimestampedValue<T> record, DataOutputView target) throws IOException {
            target.writeBoolean(record.hasTimestamp());
            target.writeLong(record.getTimestamp());
            valueSerializer.serialize(record.getValue(), target);
        }

        @Override
        public TimestampedValue<T> deserialize(DataInputView source) throws IOException {
            boolean hasTimestamp = source.readBoolean();
            long timestamp = source.readLong();
            return TimestampedValue.from(valueSerializer.deserialize(source), hasTimestamp, timestamp);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Serializer<?> other && valueSerializer.equals(other.valueSerializer);
        }

        @Override
        public int hashCode() {
            return valueSerializer.hashCode();
        }
    }
}
