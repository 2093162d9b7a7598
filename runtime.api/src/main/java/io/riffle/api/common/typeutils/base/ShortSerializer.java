package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/** Serializes non-null {@code Short} values in 2 bytes. */
public final class ShortSerializer extends TypeSerializerSingleton<Short> {

    private static final long serialVersionUID = 1L;

    public static final ShortSerializer INSTANCE = new ShortSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Short copy(Short from) {
        return from;
    }

    @Override
    public int getLength() {
        return 2;
    }

    @Override
    public void serialize(Short record, DataOutputView target) throws IOException {
        target.writeShort(record);
    }

    @Override
    public Short deserialize(DataInputView source) throws IOException {
        return source.readShort();
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
