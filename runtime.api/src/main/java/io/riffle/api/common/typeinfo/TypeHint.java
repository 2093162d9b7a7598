package io.riffle.api.common.typeinfo;

import io.riffle.api.java.typeutils.TypeExtractor;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Captures a generic type that Java erases, for example
 * {@code .returns(new TypeHint<Tuple2<String, Long>>() {})}. Always create it as an anonymous
 * subclass: the type argument is read from that subclass's generic superclass.
 */
@ConsumerType
public abstract class TypeHint<T> {

    private final TypeInformation<T> typeInfo;

    protected TypeHint() {
        this.typeInfo = TypeExtractor.createTypeInfoFromSubclass(this, TypeHint.class, 0);
    }

    public TypeInformation<T> getTypeInfo() {
        return typeInfo;
    }

    @Override
    public int hashCode() {
        return typeInfo.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof TypeHint<?> other && typeInfo.equals(other.typeInfo);
    }

    @Override
    public String toString() {
        return "TypeHint: " + typeInfo;
    }
}
