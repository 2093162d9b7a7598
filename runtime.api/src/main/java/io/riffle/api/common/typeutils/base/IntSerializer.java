package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/** Serializes non-null {@code Integer} values in 4 bytes. */
public final class IntSerializer extends TypeSerializerSingleton<Integer> {

    private static final long serialVersionUID = 1L;

    public static final IntSerializer INSTANCE = new IntSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Integer copy(Integer from) {
        return from;
    }

    @Override
    public int getLength() {
        return 4;
    }

    @Override
    public void serialize(Integer record, DataOutputView target) throws IOException {
        target.writeInt(record);
    }

    @Override
    public Integer deserialize(DataInputView source) throws IOException {
        return source.readInt();
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
