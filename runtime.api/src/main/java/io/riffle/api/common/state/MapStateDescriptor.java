package io.riffle.api.common.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.common.typeutils.base.MapSerializer;
import java.util.Map;

/**
 * Describes a {@link MapState}: a map from {@code UK} to {@code UV} per key. Unlike Flink, {@link
 * #getTypeInformation()} returns {@code null} (Riffle has no map type information); use {@link
 * #getKeyTypeInformation()} and {@link #getValueTypeInformation()}.
 */
public class MapStateDescriptor<UK, UV> extends StateDescriptor<MapState<UK, UV>, Map<UK, UV>> {

    private static final long serialVersionUID = 1L;

    private final StateType<UK> keyType;
    private final StateType<UV> valueType;
    private volatile MapSerializer<UK, UV> mapSerializer;

    /** The types are resolved from the classes when the state is registered. */
    public MapStateDescriptor(String name, Class<UK> keyClass, Class<UV> valueClass) {
        super(name);
        this.keyType = StateType.of(name, "map key", keyClass);
        this.valueType = StateType.of(name, "map value", valueClass);
    }

    public MapStateDescriptor(String name, TypeInformation<UK> keyTypeInfo, TypeInformation<UV> valueTypeInfo) {
        super(name);
        this.keyType = StateType.of(name, "map key", keyTypeInfo);
        this.valueType = StateType.of(name, "map value", valueTypeInfo);
    }

    @Override
    public Type getType() {
        return Type.MAP;
    }

    /** Always {@code null}; see {@link #getKeyTypeInformation()} and {@link #getValueTypeInformation()}. */
    @Override
    public TypeInformation<Map<UK, UV>> getTypeInformation() {
        return null;
    }

    /** The map key type, or {@code null} while a class-given type is not yet resolved. */
    public TypeInformation<UK> getKeyTypeInformation() {
        return keyType.typeInformation();
    }

    /** The map value type, or {@code null} while a class-given type is not yet resolved. */
    public TypeInformation<UV> getValueTypeInformation() {
        return valueType.typeInformation();
    }

    @Override
    public boolean isSerializerInitialized() {
        return keyType.isSerializerInitialized() && valueType.isSerializerInitialized();
    }

    @Override
    public void initializeSerializerUnlessSet(SerializerConfig config) {
        keyType.initializeSerializerUnlessSet(config);
        valueType.initializeSerializerUnlessSet(config);
    }

    public TypeSerializer<UK> getKeySerializer() {
        return keyType.serializer(name);
    }

    public TypeSerializer<UV> getValueSerializer() {
        return valueType.serializer(name);
    }

    /** Serializes a whole map: its size, then each key and a null flag plus the value. */
    @Override
    public TypeSerializer<Map<UK, UV>> getSerializer() {
        MapSerializer<UK, UV> s = mapSerializer;
        if (s == null) {
            s = new MapSerializer<>(getKeySerializer(), getValueSerializer());
            mapSerializer = s;
        }
        return s;
    }

    @Override
    public String toString() {
        return "MapStateDescriptor{name=" + name + ", key=" + keyType.describe() + ", value=" + valueType.describe() + "}";
    }
}
