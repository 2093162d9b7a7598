package io.riffle.streaming.api.environment;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.connector.source.SourceReaderContext;
import io.riffle.api.connector.source.lib.IndexedSource;
import io.riffle.api.java.typeutils.ResultTypeQueryable;
import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The elements of a collection, stored in the job graph in their serialized form, so elements need
 * not be {@link java.io.Serializable}. Each reader deserializes them when it opens.
 */
final class FromElementsSource<T> extends IndexedSource<T> implements ResultTypeQueryable<T> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<T> type;
    private final TypeSerializer<T> serializer;
    private final byte[] elements;
    private transient List<T> decoded;

    FromElementsSource(TypeInformation<T> type, Collection<T> data, SerializerConfig serializerConfig) {
        super(0, data.size() - 1);
        this.type = type;
        this.serializer = type.createSerializer(serializerConfig);
        DataOutputSerializer out = new DataOutputSerializer(256);
        int index = 0;
        for (T element : data) {
            if (element == null) {
                throw new IllegalArgumentException("element " + index + " of the collection is null; sources do not emit null");
            }
            try {
                serializer.serialize(element, out);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("element " + index + " (" + element + ") does not fit the type " + type, e);
            }
            index++;
        }
        this.elements = out.getCopyOfBuffer();
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return type;
    }

    @Override
    protected void openReader(SourceReaderContext context) throws IOException {
        DataInputDeserializer in = new DataInputDeserializer(elements);
        List<T> values = new ArrayList<>();
        while (in.available() > 0) {
            values.add(serializer.deserialize(in));
        }
        decoded = values;
    }

    @Override
    protected T produce(long index) {
        if (decoded == null) {
            throw new UncheckedIOException(new IOException("collection source read before it was opened"));
        }
        return decoded.get((int) index);
    }
}
