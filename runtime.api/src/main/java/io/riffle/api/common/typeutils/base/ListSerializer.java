package io.riffle.api.common.typeutils.base;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Serializes non-null lists as their size and elements, each behind a null flag; deserializes to
 * {@link ArrayList}.
 */
public final class ListSerializer<T> extends TypeSerializer<List<T>> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<T> elementSerializer;

    public ListSerializer(TypeSerializer<T> elementSerializer) {
        this.elementSerializer = Objects.requireNonNull(elementSerializer, "elementSerializer");
    }

    public TypeSerializer<T> getElementSerializer() {
        return elementSerializer;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TypeSerializer<List<T>> duplicate() {
        TypeSerializer<T> element = elementSerializer.duplicate();
        return element == elementSerializer ? this : new ListSerializer<>(element);
    }

    @Override
    public List<T> copy(List<T> from) {
        List<T> copy = new ArrayList<>(from.size());
        for (T element : from) {
            copy.add(element == null ? null : elementSerializer.copy(element));
        }
        return copy;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(List<T> record, DataOutputView target) throws IOException {
        target.writeInt(record.size());
        for (T element : record) {
            target.writeBoolean(element == null);
            if (element != null) {
                elementSerializer.serialize(element, target);
            }
        }
    }

    @Override
    public List<T> deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(source.readBoolean() ? null : elementSerializer.deserialize(source));
        }
        return list;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ListSerializer<?> other && elementSerializer.equals(other.elementSerializer);
    }

    @Override
    public int hashCode() {
        return elementSerializer.hashCode() + 31;
    }

    @Override
    public String toString() {
        return "ListSerializer(" + elementSerializer + ")";
    }
}
