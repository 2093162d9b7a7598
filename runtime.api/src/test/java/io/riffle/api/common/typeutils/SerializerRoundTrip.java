package io.riffle.api.common.typeutils;

import static org.junit.Assert.assertEquals;

import io.riffle.core.memory.DataInputDeserializer;
import io.riffle.core.memory.DataOutputSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** Test helper: writes values with a serializer and reads them back. */
public final class SerializerRoundTrip {

    private SerializerRoundTrip() {}

    /** Serializes {@code value}, deserializes it and checks nothing was left unread. */
    public static <T> T roundTrip(TypeSerializer<T> serializer, T value) throws IOException {
        byte[] bytes = serialize(serializer, value);
        DataInputDeserializer in = new DataInputDeserializer(bytes);
        T result = serializer.deserialize(in);
        assertEquals("bytes left after reading " + value, 0, in.available());
        return result;
    }

    public static <T> byte[] serialize(TypeSerializer<T> serializer, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        serializer.serialize(value, out);
        if (serializer.getLength() >= 0) {
            assertEquals("fixed length of " + serializer, serializer.getLength(), out.length());
        }
        return out.getCopyOfBuffer();
    }

    /** Several values written back to back must read back in order (no value over-reads). */
    @SafeVarargs
    public static <T> void assertRoundTripsInSequence(TypeSerializer<T> serializer, T... values) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        for (T value : values) {
            serializer.serialize(value, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        for (T value : values) {
            assertDeepEquals(value, serializer.deserialize(in));
        }
        assertEquals(0, in.available());
    }

    /** The object after Java serialization and deserialization, as when a job graph is shipped. */
    @SuppressWarnings("unchecked")
    public static <S> S javaSerialized(S object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (S) in.readObject();
        }
    }

    public static void assertDeepEquals(Object expected, Object actual) {
        if (expected instanceof Object[] || expected != null && expected.getClass().isArray()) {
            assertEquals(java.util.Arrays.deepToString(new Object[] {expected}), java.util.Arrays.deepToString(new Object[] {actual}));
        } else {
            assertEquals(expected, actual);
        }
    }
}
