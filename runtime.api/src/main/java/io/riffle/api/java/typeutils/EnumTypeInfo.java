package io.riffle.api.java.typeutils;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.common.typeutils.base.EnumSerializer;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Type information of enums. Unlike Flink, enums are not key types: {@code Enum.hashCode} is the
 * identity hash, different in every JVM, so keying by an enum would scatter equal keys. Key by
 * {@code name()} or {@code ordinal()} instead.
 */
@ProviderType
public final class EnumTypeInfo<T extends Enum<T>> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> enumClass;

    public EnumTypeInfo(Class<T> enumClass) {
        this.enumClass = Objects.requireNonNull(enumClass, "enumClass");
        if (!enumClass.isEnum()) {
            throw new IllegalArgumentException(enumClass.getName() + " is not an enum");
        }
    }

    @Override
    public Class<T> getTypeClass() {
        return enumClass;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new EnumSerializer<>(enumClass);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EnumTypeInfo<?> other && enumClass == other.enumClass;
    }

    @Override
    public int hashCode() {
        return enumClass.hashCode();
    }

    @Override
    public String toString() {
        return "EnumTypeInfo<" + enumClass.getName() + ">";
    }
}
