package io.riffle.api.common.typeutils.base;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.Objects;

/** Serializes non-null enum constants by ordinal (4 bytes). Reordering the constants changes the format. */
public final class EnumSerializer<T extends Enum<T>> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> enumClass;

    /** Rebuilt after Java deserialization; racing initialisations build equal arrays. */
    private transient T[] values;

    public EnumSerializer(Class<T> enumClass) {
        this.enumClass = Objects.requireNonNull(enumClass, "enumClass");
        if (!enumClass.isEnum()) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum");
        }
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        return this;
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public int getLength() {
        return 4;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        target.writeInt(record.ordinal());
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        T[] constants = values;
        if (constants == null) {
            constants = enumClass.getEnumConstants();
            values = constants;
        }
        int ordinal = source.readInt();
        if (ordinal < 0 || ordinal >= constants.length) {
            throw new IOException("enum " + enumClass.getName() + " has no constant with ordinal " + ordinal);
        }
        return constants[ordinal];
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EnumSerializer<?> other && enumClass == other.enumClass;
    }

    @Override
    public int hashCode() {
        return enumClass.hashCode();
    }

    @Override
    public String toString() {
        return "EnumSerializer(" + enumClass.getName() + ")";
    }
}
