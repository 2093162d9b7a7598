package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/** Serializes non-null {@code Float} values in 4 bytes. */
public final class FloatSerializer extends TypeSerializerSingleton<Float> {

    private static final long serialVersionUID = 1L;

    public static final FloatSerializer INSTANCE = new FloatSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Float copy(Float from) {
        return from;
    }

    @Override
    public int getLength() {
        return 4;
    }

    @Override
    public void serialize(Float record, DataOutputView target) throws IOException {
        target.writeFloat(record);
    }

    @Override
    public Float deserialize(DataInputView source) throws IOException {
        return source.readFloat();
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
