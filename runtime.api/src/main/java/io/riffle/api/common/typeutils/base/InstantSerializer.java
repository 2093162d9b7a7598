package io.riffle.api.common.typeutils.base;

import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.time.Instant;

/** Serializes {@code Instant}s, {@code null} included: a null flag, epoch seconds and nanos (13 bytes). */
public final class InstantSerializer extends TypeSerializerSingleton<Instant> {

    private static final long serialVersionUID = 1L;

    public static final InstantSerializer INSTANCE = new InstantSerializer();

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public Instant copy(Instant from) {
        return from;
    }

    @Override
    public int getLength() {
        return 13;
    }

    @Override
    public void serialize(Instant record, DataOutputView target) throws IOException {
        target.writeBoolean(record == null);
        target.writeLong(record == null ? 0 : record.getEpochSecond());
        target.writeInt(record == null ? 0 : record.getNano());
    }

    @Override
    public Instant deserialize(DataInputView source) throws IOException {
        boolean isNull = source.readBoolean();
        long seconds = source.readLong();
        int nanos = source.readInt();
        return isNull ? null : Instant.ofEpochSecond(seconds, nanos);
    }

    private Object readResolve() {
        return INSTANCE;
    }
}
