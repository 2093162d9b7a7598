package io.riffle.api.java.typeutils;

import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.java.typeutils.runtime.PojoFieldAccess;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.Objects;
import org.osgi.annotation.versioning.ProviderType;

/** One field of a POJO and its type. Java-serializable: the reflective field is looked up again by name. */
@ProviderType
public final class PojoField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<?> declaringClass;
    private final String name;
    private final TypeInformation<?> type;
    private transient Field field;

    public PojoField(Field field, TypeInformation<?> type) {
        this.field = Objects.requireNonNull(field, "field");
        this.declaringClass = field.getDeclaringClass();
        this.name = field.getName();
        this.type = Objects.requireNonNull(type, "type");
    }

    public Field getField() {
        Field f = field;
        if (f == null) {
            f = PojoFieldAccess.findField(declaringClass, name);
            field = f;
        }
        return f;
    }

    public String getName() {
        return name;
    }

    public TypeInformation<?> getTypeInformation() {
        return type;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PojoField other
                && declaringClass == other.declaringClass
                && name.equals(other.name)
                && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(declaringClass, name, type);
    }

    @Override
    public String toString() {
        return name + ": " + type;
    }
}
