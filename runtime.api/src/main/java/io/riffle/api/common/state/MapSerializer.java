package io.riffle.api.common.state;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A map state entry's serializer: the size, then per mapping the key, a null flag and the value if
 * not null (map state allows null values, not null keys).
 */
final class MapSerializer<K, V> extends TypeSerializer<Map<K, V>> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<K> keySerializer;
    private final TypeSerializer<V> valueSerializer;

    MapSerializer(TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer) {
        this.keySerializer = keySerializer;
        this.valueSerializer = valueSerializer;
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
        Map<K, V> copy = new HashMap<>(Math.max(16, (int) (from.size() / 0.75f) + 1));
        for (Map.Entry<K, V> e : from.entrySet()) {
            V value = e.getValue();
            copy.put(keySerializer.copy(e.getKey()), value == null ? null : valueSerializer.copy(value));
        }
        return copy;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Map<K, V> map, DataOutputView target) throws IOException {
        target.writeInt(map.size());
        for (Map.Entry<K, V> e : map.entrySet()) {
            keySerializer.serialize(e.getKey(), target);
            V value = e.getValue();
            target.writeBoolean(value == null);
            if (value != null) {
                valueSerializer.serialize(value, target);
            }
        }
    }

    @Override
    public Map<K, V> deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        Map<K, V> map = new HashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
        for (int i = 0; i < size; i++) {
            K key = keySerializer.deserialize(source);
            boolean isNull = source.readBoolean();
            map.put(key, isNull ? null : valueSerializer.deserialize(source));
        }
        return map;
    }
}
