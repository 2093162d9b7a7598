package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/** Serializes the only {@code Void} value, {@code null}, as one byte so that records stay countable. */
public final class VoidSerializer extends TypeSerializerSingleton<Void> {

    private static final long serialVersionUID = 1L;

    public static final VoidSerializer INSTANCE = new VoidSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Void copy(Void from) {
        return null;
    }

    @Override
    public int getLength() {
        return 1;
    }

    @Override
    public void serialize(Void record, DataOutputView target) throws IOException {
        target.writeByte(0);
    }

    @Override
    public Void deserialize(DataInputView source) throws IOException {
        source.readByte();
        return null;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
