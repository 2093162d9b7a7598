package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/** Serializes non-null {@code Double} values in 8 bytes. */
public final class DoubleSerializer extends TypeSerializerSingleton<Double> {

    private static final long serialVersionUID = 1L;

    public static final DoubleSerializer INSTANCE = new DoubleSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Double copy(Double from) {
        return from;
    }

    @Override
    public int getLength() {
        return 8;
    }

    @Override
    public void serialize(Double record, DataOutputView target) throws IOException {
        target.writeDouble(record);
    }

    @Override
    public Double deserialize(DataInputView source) throws IOException {
        return source.readDouble();
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
