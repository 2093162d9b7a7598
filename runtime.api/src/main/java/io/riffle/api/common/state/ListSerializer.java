package io.riffle.api.common.state;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A list state entry's serializer: the size, then each element. Elements are never null. */
final class ListSerializer<T> extends TypeSerializer<List<T>> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<T> elementSerializer;

    ListSerializer(TypeSerializer<T> elementSerializer) {
        this.elementSerializer = elementSerializer;
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
            copy.add(elementSerializer.copy(element));
        }
        return copy;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(List<T> list, DataOutputView target) throws IOException {
        target.writeInt(list.size());
        for (T element : list) {
            elementSerializer.serialize(element, target);
        }
    }

    @Override
    public List<T> deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(elementSerializer.deserialize(source));
        }
        return list;
    }
}
