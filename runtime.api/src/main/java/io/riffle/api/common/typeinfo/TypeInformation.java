package io.riffle.api.common.typeinfo;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.io.Serializable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Describes the type of a stream's elements and creates its serializer. Obtain one from
 * {@link Types}, {@link #of(Class)} or {@link #of(TypeHint)}.
 */
@ProviderType
public abstract class TypeInformation<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether this is a built-in basic type (boxed primitives, String, ...); false unless overridden. */
    public boolean isBasicType() {
        return false;
    }

    /** Whether this is a {@code TupleN} type; false unless overridden. */
    public boolean isTupleType() {
        return false;
    }

    /** The number of direct fields: 1 for atomic types, the default. */
    public int getArity() {
        return 1;
    }

    /** The number of leaf fields, counting nested composite types' fields: 1 for atomic types, the default. */
    public int getTotalFields() {
        return 1;
    }

    public abstract Class<T> getTypeClass();

    /** Whether values of this type can be used as keys (equals and hashCode are value-based). */
    public abstract boolean isKeyType();

    public abstract TypeSerializer<T> createSerializer(SerializerConfig config);

    /** Type informations are equal when they describe the same type and build equal serializers. */
    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();

    /**
     * The type information of a class: basic types, primitive arrays, enums, records, POJOs and
     * tuple subclasses that bind all type arguments. Generic classes (like {@code Tuple2} itself or
     * {@code List}) lose their type arguments to erasure; use {@link #of(TypeHint)} or
     * {@link Types} for them.
     *
     * @throws io.riffle.api.common.functions.InvalidTypesException naming the class and why it is
     *     not supported (Riffle has no generic, Kryo-style fallback)
     */
    public static <T> TypeInformation<T> of(Class<T> typeClass) {
        return TypeInformationFactory.forClass(typeClass);
    }

    /** The type information of a generic type, e.g. {@code of(new TypeHint<Tuple2<String, Long>>() {})}. */
    public static <T> TypeInformation<T> of(TypeHint<T> typeHint) {
        return typeHint.getTypeInfo();
    }
}
