package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/** Serializes non-null {@code Character} values in 2 bytes. */
public final class CharSerializer extends TypeSerializerSingleton<Character> {

    private static final long serialVersionUID = 1L;

    public static final CharSerializer INSTANCE = new CharSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Character copy(Character from) {
        return from;
    }

    @Override
    public int getLength() {
        return 2;
    }

    @Override
    public void serialize(Character record, DataOutputView target) throws IOException {
        target.writeChar(record);
    }

    @Override
    public Character deserialize(DataInputView source) throws IOException {
        return source.readChar();
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
