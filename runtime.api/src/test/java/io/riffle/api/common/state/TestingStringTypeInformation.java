package io.riffle.api.common.state;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;

/** String type information with a working serializer, independent of the type extractor. */
final class TestingStringTypeInformation extends TypeInformation<String> {

    private static final long serialVersionUID = 1L;

    static final TestingStringTypeInformation INSTANCE = new TestingStringTypeInformation();

    @Override
    public boolean isBasicType() {
        return true;
    }

    @Override
    public Class<String> getTypeClass() {
        return String.class;
    }

    @Override
    public boolean isKeyType() {
        return true;
    }

    @Override
    public TypeSerializer<String> createSerializer(SerializerConfig config) {
        return new Utf8Serializer();
    }

    public boolean canEqual(Object obj) {
        return obj instanceof TestingStringTypeInformation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TestingStringTypeInformation;
    }

    @Override
    public int hashCode() {
        return 1;
    }

    @Override
    public String toString() {
        return "TestingString";
    }

    static final class Utf8Serializer extends TypeSerializer<String> {

        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<String> duplicate() {
            return this;
        }

        @Override
        public String copy(String from) {
            return from;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public void serialize(String record, DataOutputView target) throws IOException {
            target.writeUTF(record);
        }

        @Override
        public String deserialize(DataInputView source) throws IOException {
            return source.readUTF();
        }
    }
}
