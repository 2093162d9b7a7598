package io.riffle.api.common.typeutils.base;

import static io.riffle.api.common.typeutils.SerializerRoundTrip.assertRoundTripsInSequence;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.javaSerialized;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.roundTrip;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.serialize;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.core.memory.DataInputView;
import io.riffle.core.memory.DataOutputView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class CollectionSerializersTest {

    enum Color {
        RED,
        GREEN {
            @Override
            public String toString() {
                return "green";
            }
        },
        BLUE
    }

    @Test
    public void listsRoundTripWithNullElementsAndEmptyLists() throws Exception {
        ListSerializer<String> serializer = new ListSerializer<>(StringSerializer.INSTANCE);
        assertRoundTripsInSequence(serializer, Arrays.asList("a", null, "\u00fc"), List.of(), new ArrayList<>(List.of("x")));
        assertEquals(Arrays.asList("a", null), roundTrip(javaSerialized(serializer), Arrays.asList("a", null)));
    }

    @Test
    public void listCopyIsANewList() {
        ListSerializer<String> serializer = new ListSerializer<>(StringSerializer.INSTANCE);
        List<String> original = new ArrayList<>(List.of("a"));
        List<String> copy = serializer.copy(original);
        copy.add("b");
        assertEquals(List.of("a"), original);
    }

    @Test
    public void mapsRoundTripWithNullValues() throws Exception {
        MapSerializer<String, Long> serializer = new MapSerializer<>(StringSerializer.INSTANCE, LongSerializer.INSTANCE);
        Map<String, Long> map = new HashMap<>();
        map.put("one", 1L);
        map.put("none", null);
        assertRoundTripsInSequence(serializer, map, Map.of());
        assertEquals(map, roundTrip(javaSerialized(serializer), map));
    }

    @Test
    public void mapWithNullKeyIsRejected() {
        MapSerializer<String, Long> serializer = new MapSerializer<>(StringSerializer.INSTANCE, LongSerializer.INSTANCE);
        Map<String, Long> map = new HashMap<>();
        map.put(null, 1L);
        NullPointerException e = assertThrows(NullPointerException.class, () -> serialize(serializer, map));
        assertTrue(e.getMessage(), e.getMessage().contains("null key"));
    }

    @Test
    public void enumsRoundTripIncludingConstantsWithBodies() throws Exception {
        EnumSerializer<Color> serializer = new EnumSerializer<>(Color.class);
        assertRoundTripsInSequence(serializer, Color.RED, Color.GREEN, Color.BLUE);
        assertSame(Color.GREEN, roundTrip(javaSerialized(serializer), Color.GREEN));
    }

    @Test
    public void compositesDuplicateOnlyWhenAnElementSerializerIsStateful() {
        ListSerializer<String> stateless = new ListSerializer<>(StringSerializer.INSTANCE);
        assertSame(stateless, stateless.duplicate());

        ListSerializer<String> stateful = new ListSerializer<>(new StatefulStringSerializer());
        TypeSerializer<List<String>> duplicate = stateful.duplicate();
        assertNotSame(stateful, duplicate);
        assertNotSame(stateful.getElementSerializer(), ((ListSerializer<String>) duplicate).getElementSerializer());

        MapSerializer<String, String> map = new MapSerializer<>(StringSerializer.INSTANCE, new StatefulStringSerializer());
        assertNotSame(map, map.duplicate());
    }

    /** A serializer with (pretend) per-thread state, so it must be duplicated. */
    static final class StatefulStringSerializer extends TypeSerializer<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<String> duplicate() {
            return new StatefulStringSerializer();
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
            StringSerializer.INSTANCE.serialize(record, target);
        }

        @Override
        public String deserialize(DataInputView source) throws IOException {
            return StringSerializer.INSTANCE.deserialize(source);
        }
    }
}
