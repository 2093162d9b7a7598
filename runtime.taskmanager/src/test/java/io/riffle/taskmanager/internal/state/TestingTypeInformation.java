package io.riffle.taskmanager.internal.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;

/**
 * Type information for backend tests that does not depend on the type extractor: the heap backend
 * only needs a type class and a serializer object, which it never uses per access.
 */
final class TestingTypeInformation<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> typeClass;

    private TestingTypeInformation(Class<T> typeClass) {
        this.typeClass = typeClass;
    }

    static <T> TypeInformation<T> typeOf(Class<T> typeClass) {
        return new TestingTypeInformation<>(typeClass);
    }

    @Override
    public Class<T> getTypeClass() {
        return typeClass;
    }

    @Override
    public boolean isKeyType() {
        return true;
    }

    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new UnusedSerializer<>();
    }

    public boolean canEqual(Object obj) {
        return obj instanceof TestingTypeInformation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestingTypeInformation<?> t && t.typeClass == typeClass;
    }

    @Override
    public int hashCode() {
        return typeClass.hashCode();
    }

    @Override
    public String toString() {
        return "Testing<" + typeClass.getSimpleName() + ">";
    }

    /** The heap backend must not serialize anything per access: this fails if it tries. */
    private static final class UnusedSerializer<T> extends TypeSerializer<T> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return false;
        }

        @Override
        public TypeSerializer<T> duplicate() {
            return this;
        }

        @Override
        public T copy(T from) {
            throw new AssertionError("heap state copied a value");
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public void serialize(T record, DataOutputView target) {
            throw new AssertionError("heap state serialized a value");
        }

        @Override
        public T deserialize(DataInputView source) {
            throw new AssertionError("heap state deserialized a value");
        }
    }
}
