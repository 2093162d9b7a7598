package io.riffle.api.common.typeutils.base;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Serializes non-null maps as their size and entries; keys must not be null, values may be (each
 * has a null flag). Deserializes to {@link HashMap}.
 */
public final class MapSerializer<K, V> extends TypeSerializer<Map<K, V>> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<K> keySerializer;
    private final TypeSerializer<V> valueSerializer;

    public MapSerializer(TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer) {
        this.keySerializer = Objects.requireNonNull(keySerializer, "keySerializer");
        this.valueSerializer = Objects.requireNonNull(valueSerializer, "valueSerializer");
    }

    public TypeSerializer<K> getKeySerializer() {
        return keySerializer;
    }

    public TypeSerializer<V> getValueSerializer() {
        return valueSerializer;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<Map<K, V>> duplicate() {
        TypeSerializer<K> key = keySerializer.duplicate();
        TypeSerializer<V> value = valueSerializer.duplicate();
        return key == keySerializer && value == valueSerializer ? this : new MapSerializer<>(key, value);
    }

    @Override
    public Map<K, V> copy(Map<K, V> from) {
        Map<K, V> copy = new HashMap<>(capacityFor(from.size()));
        for (Map.Entry<K, V> entry : from.entrySet()) {
            V value = entry.getValue();
            copy.put(keySerializer.copy(entry.getKey()), value == null ? null : valueSerializer.copy(value));
        }
        return copy;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Map<K, V> record, DataOutputView target) throws IOException {
        target.writeInt(record.size());
        for (Map.Entry<K, V> entry : record.entrySet()) {
            K key = entry.getKey();
            if (key == null) {
                throw new NullPointerException("a map with a null key cannot be serialized: map keys must not be null");
            }
            keySerializer.serialize(key, target);
            V value = entry.getValue();
            target.writeBoolean(value == null);
            if (value != null) {
                valueSerializer.serialize(value, target);
            }
        }
    }

    @Override
    public Map<K, V> deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        Map<K, V> map = new HashMap<>(capacityFor(size));
        for (int i = 0; i < size; i++) {
            K key = keySerializer.deserialize(source);
            map.put(key, source.readBoolean() ? null : valueSerializer.deserialize(source));
        }
        return map;
    }

    private static int capacityFor(int size) {
        return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MapSerializer<?, ?> other
                && keySerializer.equals(other.keySerializer)
                && valueSerializer.equals(other.valueSerializer);
    }

    @Override
    public int hashCode() {
        return 31 * keySerializer.hashCode() + valueSerializer.hashCode();
    }

    @Override
    public String toString() {
        return "MapSerializer(" + keySerializer + ", " + valueSerializer + ")";
    }
}
