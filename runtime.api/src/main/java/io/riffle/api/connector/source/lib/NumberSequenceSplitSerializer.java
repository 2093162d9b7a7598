package io.riffle.api.connector.source.lib;

import io.riffle.core.io.SimpleVersionedSerializer;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import java.io.IOException;

/** Version 1: split id (modified UTF-8), from, to. */
final class NumberSequenceSplitSerializer implements SimpleVersionedSerializer<NumberSequenceSplit> {

    @Override
    public int getVersion() {
        return 1;
    }

    @Override
    public byte[] serialize(NumberSequenceSplit split) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(32);
        out.writeUTF(split.splitId());
        out.writeLong(split.from());
        out.writeLong(split.to());
        return out.getCopyOfBuffer();
    }

    @Override
    public NumberSequenceSplit deserialize(int version, byte[] serialized) throws IOException {
        if (version != 1) {
            throw new IOException("unknown number sequence split version " + version);
        }
        DataInputDeserializer in = new DataInputDeserializer(serialized);
        return new NumberSequenceSplit(in.readUTF(), in.readLong(), in.readLong());
    }
}
