package io.riffle.api.java.typeutils;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.CompositeType;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.typeutils.runtime.PojoSerializer;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Type information of a POJO: a public class with a public no-argument constructor whose
 * non-static, non-transient fields are public or have a public getter and setter. Fields are
 * sorted by name, as in Flink, so positions do not depend on declaration order. Records have
 * their own {@link RecordTypeInfo}.
 *
 * <p>A POJO is a key type only if its class overrides both {@code equals} and {@code hashCode}
 * (and all fields are key types): keys are partitioned by {@code hashCode}, which must be
 * value-based.
 */
@ProviderType
public final class PojoTypeInfo<T> extends CompositeType<T> {

    private static final long serialVersionUID = 1L;

    private final PojoField[] fields;

    public PojoTypeInfo(Class<T> typeClass, List<PojoField> fields) {
        super(typeClass);
        List<PojoField> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparing(PojoField::getName));
        this.fields = sorted.toArray(new PojoField[0]);
    }

    public PojoField getPojoFieldAt(int pos) {
        return fields[pos];
    }

    @Override
    public String[] getFieldNames() {
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].getName();
        }
        return names;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <X> TypeInformation<X> getTypeAt(int pos) {
        if (pos < 0 || pos >= fields.length) {
            throw new IndexOutOfBoundsException("field " + pos + " of " + this);
        }
        return (TypeInformation<X>) fields[pos].getTypeInformation();
    }

    @Override
    public int getArity() {
        return fields.length;
    }

    @Override
    public boolean isKeyType() {
        return overridesValueMethods(getTypeClass()) && super.isKeyType();
    }

    private static boolean overridesValueMethods(Class<?> type) {
        try {
            return type.getMethod("hashCode").getDeclaringClass() != Object.class
                    && type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        TypeSerializer<?>[] serializers = new TypeSerializer<?>[fields.length];
        Field[] reflectFields = new Field[fields.length];
        for (int i = 0; i < fields.length; i++) {
            serializers[i] = fields[i].getTypeInformation().createSerializer(config);
            reflectFields[i] = fields[i].getField();
        }
        return new PojoSerializer<>(getTypeClass(), serializers, reflectFields);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PojoTypeInfo<?> other
                && getTypeClass() == other.getTypeClass()
                && java.util.Arrays.equals(fields, other.fields);
    }

    @Override
    public int hashCode() {
        return 31 * getTypeClass().hashCode() + java.util.Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "PojoType<" + getTypeClass().getName() + ", fields = [", "]>");
        for (PojoField field : fields) {
            joiner.add(field.toString());
        }
        return joiner.toString();
    }
}
