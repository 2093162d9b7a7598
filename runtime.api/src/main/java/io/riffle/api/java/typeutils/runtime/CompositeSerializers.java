package io.riffle.api.java.typeutils.runtime;

import io.riffle.api.common.typeutils.TypeSerializer;

/** What the tuple, POJO and record serializers do alike with their field serializers. */
final class CompositeSerializers {

    private CompositeSerializers() {}

    /** Duplicates of all serializers, or the same array if every one is stateless. */
    static TypeSerializer<Object>[] duplicateAll(TypeSerializer<Object>[] serializers) {
        TypeSerializer<Object>[] duplicates = null;
        for (int i = 0; i < serializers.length; i++) {
            TypeSerializer<Object> duplicate = serializers[i].duplicate();
            if (duplicate != serializers[i]) {
                if (duplicates == null) {
                    duplicates = serializers.clone();
                }
                duplicates[i] = duplicate;
            }
        }
        return duplicates == null ? serializers : duplicates;
    }

    /** The sum of the fixed lengths, or -1 if any varies. */
    static int fixedLength(TypeSerializer<?>[] serializers) {
        int length = 0;
        for (TypeSerializer<?> serializer : serializers) {
            if (serializer.getLength() < 0) {
                return -1;
            }
            length += serializer.getLength();
        }
        return length;
    }

    static boolean allImmutable(TypeSerializer<?>[] serializers) {
        for (TypeSerializer<?> serializer : serializers) {
            if (!serializer.isImmutableType()) {
                return false;
            }
        }
        return true;
    }
}
