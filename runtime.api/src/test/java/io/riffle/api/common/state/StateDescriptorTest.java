package io.riffle.api.common.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.functions.RichReduceFunction;
import io.riffle.api.common.serialization.SerializerConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.Test;

public class StateDescriptorTest {

    private static final TestingStringTypeInformation STRING = TestingStringTypeInformation.INSTANCE;

    /** A class no type extractor can serialize: constructing a descriptor for it must still work. */
    private static final class Unserializable {}

    private static final class Concat implements AggregateFunction<String, String, String> {
        @Override
        public String createAccumulator() {
            return "";
        }

        @Override
        public String add(String value, String acc) {
            return acc + value;
        }

        @Override
        public String getResult(String acc) {
            return acc;
        }

        @Override
        public String merge(String a, String b) {
            return a + b;
        }
    }

    @Test
    public void constructingFromAClassDoesNotResolveTheType() {
        ValueStateDescriptor<Unserializable> value = new ValueStateDescriptor<>("v", Unserializable.class);
        ListStateDescriptor<Unserializable> list = new ListStateDescriptor<>("l", Unserializable.class);
        MapStateDescriptor<Unserializable, Unserializable> map =
                new MapStateDescriptor<>("m", Unserializable.class, Unserializable.class);

        assertNull(value.getTypeInformation());
        assertNull(list.getElementTypeInformation());
        assertNull(map.getKeyTypeInformation());
        assertFalse(value.isSerializerInitialized());
        assertFalse(list.isSerializerInitialized());
        assertFalse(map.isSerializerInitialized());
    }

    @Test
    public void serializerIsUnavailableBeforeInitializationWithAMessageNamingTheState() {
        ValueStateDescriptor<String> descriptor = new ValueStateDescriptor<>("word-count", String.class);

        IllegalStateException e = assertThrows(IllegalStateException.class, descriptor::getSerializer);

        assertTrue(e.getMessage(), e.getMessage().contains("'word-count'"));
    }

    @Test
    public void initializationCreatesTheSerializerOnce() {
        ValueStateDescriptor<String> descriptor = new ValueStateDescriptor<>("v", STRING);

        descriptor.initializeSerializerUnlessSet(new SerializerConfig());
        var first = descriptor.getSerializer();
        descriptor.initializeSerializerUnlessSet(new SerializerConfig());

        assertTrue(descriptor.isSerializerInitialized());
        assertSame(first, descriptor.getSerializer());
        assertSame(STRING, descriptor.getTypeInformation());
    }

    @Test
    public void kindsAreReported() {
        assertEquals(StateDescriptor.Type.VALUE, new ValueStateDescriptor<>("a", STRING).getType());
        assertEquals(StateDescriptor.Type.LIST, new ListStateDescriptor<>("a", STRING).getType());
        assertEquals(StateDescriptor.Type.REDUCING, new ReducingStateDescriptor<>("a", String::concat, STRING).getType());
        assertEquals(StateDescriptor.Type.AGGREGATING, new AggregatingStateDescriptor<>("a", new Concat(), STRING).getType());
        assertEquals(StateDescriptor.Type.MAP, new MapStateDescriptor<>("a", STRING, STRING).getType());
    }

    @Test
    public void descriptorsAreEqualWhenNameAndClassAreEqual() {
        assertEquals(new ValueStateDescriptor<>("a", String.class), new ValueStateDescriptor<>("a", STRING));
        assertEquals(new ValueStateDescriptor<>("a", String.class).hashCode(), new ValueStateDescriptor<>("a", STRING).hashCode());
        assertNotEquals(new ValueStateDescriptor<>("a", String.class), new ValueStateDescriptor<>("b", String.class));
        assertNotEquals(new ValueStateDescriptor<>("a", String.class), new ListStateDescriptor<>("a", String.class));
    }

    @Test
    public void descriptorsSurviveJavaSerializationUnresolved() throws Exception {
        ReducingStateDescriptor<String> descriptor = new ReducingStateDescriptor<>("r", String::concat, String.class);

        ReducingStateDescriptor<String> copy = roundTrip(descriptor);

        assertEquals(descriptor, copy);
        assertNull(copy.getTypeInformation());
        assertEquals("ab", copy.getReduceFunction().reduce("a", "b"));
    }

    @Test
    public void initializedDescriptorsSurviveJavaSerialization() throws Exception {
        MapStateDescriptor<String, String> descriptor = new MapStateDescriptor<>("m", STRING, STRING);
        descriptor.initializeSerializerUnlessSet(new SerializerConfig());

        MapStateDescriptor<String, String> copy = roundTrip(descriptor);

        assertTrue(copy.isSerializerInitialized());
    }

    @Test
    public void richReduceFunctionsAreRejected() {
        RichReduceFunction<String> rich = new RichReduceFunction<>() {
            @Override
            public String reduce(String a, String b) {
                return a + b;
            }
        };
        assertThrows(UnsupportedOperationException.class, () -> new ReducingStateDescriptor<>("r", rich, STRING));
    }

    @Test
    public void nullNamesTypesAndFunctionsAreRejected() {
        assertThrows(NullPointerException.class, () -> new ValueStateDescriptor<>(null, String.class));
        assertThrows(NullPointerException.class, () -> new ValueStateDescriptor<>("a", (Class<String>) null));
        assertThrows(NullPointerException.class, () -> new ReducingStateDescriptor<>("a", null, String.class));
        assertThrows(NullPointerException.class, () -> new AggregatingStateDescriptor<String, String, String>("a", null, STRING));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
