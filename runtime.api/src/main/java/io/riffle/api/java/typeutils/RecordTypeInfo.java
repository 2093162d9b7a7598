package io.riffle.api.java.typeutils;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.typeutils.runtime.RecordSerializer;
import java.util.StringJoiner;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Type information of a public Java record. Unlike Flink (which treats records as POJOs with fields
 * sorted by name), fields keep the order of the record components, the order of the canonical
 * constructor, so position {@code i} is the {@code i}-th component. Records are key types when all
 * components are: their {@code equals} and {@code hashCode} are value-based.
 */
@ProviderType
public final class RecordTypeInfo<T> extends FieldsInOrderTypeInfo<T> {

    private static final long serialVersionUID = 1L;

    /** {@code fieldNames} and {@code types} in component order. */
    public RecordTypeInfo(Class<T> recordClass, String[] fieldNames, TypeInformation<?>[] types) {
        super(checkRecord(recordClass, fieldNames, types), fieldNames, types);
    }

    private static <T> Class<T> checkRecord(Class<T> recordClass, String[] fieldNames, TypeInformation<?>[] types) {
        if (!recordClass.isRecord()) {
            throw new IllegalArgumentException(recordClass.getName() + " is not a record");
        }
        if (fieldNames.length != types.length || fieldNames.length != recordClass.getRecordComponents().length) {
            throw new IllegalArgumentException("record " + recordClass.getName() + " has "
                    + recordClass.getRecordComponents().length + " components, got " + fieldNames.length
                    + " names and " + types.length + " types");
        }
        return recordClass;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new RecordSerializer<>(getTypeClass(), fieldSerializers(config));
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "Record<" + getTypeClass().getName() + ", fields = [", "]>");
        for (int i = 0; i < getArity(); i++) {
            joiner.add(fieldName(i) + ": " + getTypeAt(i));
        }
        return joiner.toString();
    }
}
