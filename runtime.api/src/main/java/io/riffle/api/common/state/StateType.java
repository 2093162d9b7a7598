package io.riffle.api.common.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import java.io.Serializable;
import java.util.Objects;

/**
 * One type a descriptor declares, given as a class or as type information, with its serializer.
 * A class is resolved to type information only when the serializer is first needed, so creating a
 * descriptor (often in a function's constructor, before the job is submitted) never fails.
 *
 * <p>Descriptors may be shared between subtasks (for example held in a static field), so resolution
 * may run on several threads at once; it is idempotent and the fields are volatile, so a race only
 * costs a second resolution.
 */
final class StateType<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<T> typeClass;
    private volatile TypeInformation<T> typeInfo;
    private volatile TypeSerializer<T> serializer;

    private StateType(Class<T> typeClass, TypeInformation<T> typeInfo) {
        this.typeClass = typeClass;
        this.typeInfo = typeInfo;
    }

    static <T> StateType<T> of(String stateName, String role, Class<T> typeClass) {
        return new StateType<>(Objects.requireNonNull(typeClass, () -> role + " class of state '" + stateName + "' is null"), null);
    }

    static <T> StateType<T> of(String stateName, String role, TypeInformation<T> typeInfo) {
        return new StateType<>(null, Objects.requireNonNull(typeInfo, () -> role + " type information of state '" + stateName + "' is null"));
    }

    /** The type information, or {@code null} while a class-given type is not yet resolved. */
    TypeInformation<T> typeInformation() {
        return typeInfo;
    }

    boolean isSerializerInitialized() {
        return serializer != null;
    }

    void initializeSerializerUnlessSet(SerializerConfig config) {
        if (serializer != null) {
            return;
        }
        TypeInformation<T> info = typeInfo;
        if (info == null) {
            info = TypeInformation.of(typeClass);
            typeInfo = info;
        }
        serializer = info.createSerializer(config);
    }

    TypeSerializer<T> serializer(String stateName) {
        TypeSerializer<T> s = serializer;
        if (s == null) {
            throw new IllegalStateException("serializer of state '" + stateName
                    + "' not yet initialized: call initializeSerializerUnlessSet first");
        }
        return s;
    }

    /** A name for messages: the class or the type information. */
    String describe() {
        TypeInformation<T> info = typeInfo;
        return info != null ? info.toString() : typeClass.getName();
    }
}
