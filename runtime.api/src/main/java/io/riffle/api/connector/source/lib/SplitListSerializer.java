package io.riffle.api.connector.source.lib;

import io.riffle.core.io.SimpleVersionedSerializer;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Serializes a collection of splits (an enumerator's checkpoint) as a count and length-prefixed
 * splits, each written by the split serializer; versioned like it.
 */
public final class SplitListSerializer<S> implements SimpleVersionedSerializer<Collection<S>> {

    private final SimpleVersionedSerializer<S> splitSerializer;

    public SplitListSerializer(SimpleVersionedSerializer<S> splitSerializer) {
        this.splitSerializer = splitSerializer;
    }

    @Override
    public int getVersion() {
        return splitSerializer.getVersion();
    }

    @Override
    public byte[] serialize(Collection<S> splits) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.writeInt(splits.size());
        for (S split : splits) {
            byte[] bytes = splitSerializer.serialize(split);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        return out.getCopyOfBuffer();
    }

    @Override
    public Collection<S> deserialize(int version, byte[] serialized) throws IOException {
        DataInputDeserializer in = new DataInputDeserializer(serialized);
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("corrupt split list: " + count + " splits in " + serialized.length + " bytes");
        }
        List<S> splits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw new IOException("corrupt split list: split " + i + " claims " + length + " bytes, " + in.available() + " left");
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            splits.add(splitSerializer.deserialize(version, bytes));
        }
        return splits;
    }
}
