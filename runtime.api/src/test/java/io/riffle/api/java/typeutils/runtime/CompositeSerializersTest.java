package io.riffle.api.java.typeutils.runtime;

import static io.riffle.api.common.typeutils.SerializerRoundTrip.assertRoundTripsInSequence;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.javaSerialized;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.roundTrip;
import static io.riffle.api.common.typeutils.SerializerRoundTrip.serialize;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeHint;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.common.typeutils.TypeSerializer;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.api.java.tuple.Tuple3;
import io.riffle.api.java.tuple.Tuple5;
import io.riffle.api.java.typeutils.TestingTypes.Account;
import io.riffle.api.java.typeutils.TestingTypes.Envelope;
import io.riffle.api.java.typeutils.TestingTypes.Event;
import io.riffle.api.java.typeutils.TestingTypes.Person;
import io.riffle.api.java.typeutils.TestingTypes.WordCount;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class CompositeSerializersTest {

    private static <T> TypeSerializer<T> serializerOf(TypeInformation<T> type) {
        return type.createSerializer(new SerializerConfig());
    }

    @Test
    public void tuplesRoundTripWithNestedTypes() throws Exception {
        TypeSerializer<Tuple3<String, Long, List<Integer>>> serializer =
                serializerOf(new TypeHint<Tuple3<String, Long, List<Integer>>>() {}.getTypeInfo());
        assertRoundTripsInSequence(serializer, Tuple3.of("a", 1L, List.of(1, 2)), Tuple3.of("", -5L, List.of()));
        assertEquals(Tuple3.of("\u00fc", 7L, List.of(3)), roundTrip(javaSerialized(serializer), Tuple3.of("\u00fc", 7L, List.of(3))));
    }

    @Test
    public void fixedLengthTupleReportsItsLength() {
        TypeSerializer<Tuple2<Long, Integer>> serializer = serializerOf(Types.TUPLE(Types.LONG, Types.INT));
        assertEquals(12, serializer.getLength());
    }

    @Test
    public void tupleSubclassRoundTripsAsItsOwnClass() throws Exception {
        TypeSerializer<WordCount> serializer = serializerOf(TypeInformation.of(WordCount.class));
        WordCount result = roundTrip(javaSerialized(serializer), new WordCount("hello", 3));
        assertEquals(WordCount.class, result.getClass());
        assertEquals("hello", result.f0);
        assertEquals(Integer.valueOf(3), result.f1);
        assertEquals(WordCount.class, serializer.copy(result).getClass());
    }

    @Test
    public void nullTupleFieldIsRejectedNamingTheField() {
        TypeSerializer<Tuple5<String, String, String, String, String>> serializer = serializerOf(
                Types.TUPLE(Types.STRING, Types.STRING, Types.STRING, Types.STRING, Types.STRING));
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> serialize(serializer, Tuple5.of("a", "b", null, "d", "e")));
        assertTrue(e.getMessage(), e.getMessage().contains("field f2 of Tuple5"));
        assertTrue(e.getMessage(), e.getMessage().contains("POJO or record"));
    }

    @Test
    public void pojoWithPublicFieldsRoundTripsIncludingNullFieldsAndNullPojo() throws Exception {
        TypeSerializer<Person> serializer = serializerOf(TypeInformation.of(Person.class));
        assertRoundTripsInSequence(serializer,
                new Person("ann", 31, 100L, List.of("a", "b")), null, new Person(null, 0, null, null));
        assertEquals(new Person("bob", 2, 3L, List.of()), roundTrip(javaSerialized(serializer), new Person("bob", 2, 3L, List.of())));
    }

    @Test
    public void pojoWithGettersAndSettersRoundTripsWithoutItsTransientField() throws Exception {
        TypeSerializer<Account> serializer = javaSerialized(serializerOf(TypeInformation.of(Account.class)));
        Account account = new Account();
        account.setOwner("eve");
        account.setBalance(12.5);
        account.setActive(true);
        account.setLimits(Map.of("daily", 100));
        Account result = roundTrip(serializer, account);
        assertEquals("eve", result.getOwner());
        assertEquals(12.5, result.getBalance(), 0);
        assertTrue(result.isActive());
        assertEquals(Map.of("daily", 100), result.getLimits());
        assertEquals("not serialized", result.getCache());
    }

    @Test
    public void pojoCopyIsDeep() {
        TypeSerializer<Person> serializer = serializerOf(TypeInformation.of(Person.class));
        Person original = new Person("ann", 1, 2L, new java.util.ArrayList<>(List.of("x")));
        Person copy = serializer.copy(original);
        assertNotSame(original, copy);
        assertEquals(original, copy);
        copy.tags.add("y");
        assertEquals(List.of("x"), original.tags);
    }

    @Test
    public void pojoSubclassInstanceIsRejected() {
        TypeSerializer<Person> serializer = serializerOf(TypeInformation.of(Person.class));
        Person subclass = new Person("x", 1, 1L, List.of()) {};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> serialize(serializer, subclass));
        assertTrue(e.getMessage(), e.getMessage().contains("subclass"));
    }

    @Test
    public void recordsRoundTripIncludingNullComponentsAndNullRecord() throws Exception {
        TypeSerializer<Event> serializer = serializerOf(TypeInformation.of(Event.class));
        assertRoundTripsInSequence(serializer, new Event("u", 5L, 7), null, new Event(null, -1L, null));
        assertEquals(new Event("v", 1L, 2), roundTrip(javaSerialized(serializer), new Event("v", 1L, 2)));
        assertSame("records of immutable components need no copy", serializer.copy(new Event("a", 1, 1)).getClass(), Event.class);
    }

    @Test
    public void nestedRecordWithTupleAndByteArrayRoundTrips() throws Exception {
        TypeSerializer<Envelope> serializer = serializerOf(TypeInformation.of(Envelope.class));
        Envelope result = roundTrip(serializer, new Envelope(new Event("u", 1, 2), Tuple2.of("h", 9L), new byte[] {1, 2}));
        assertEquals(new Event("u", 1, 2), result.event());
        assertEquals(Tuple2.of("h", 9L), result.header());
        assertArrayEquals(new byte[] {1, 2}, result.payload());
        assertNull(roundTrip(serializer, new Envelope(null, Tuple2.of("h", 1L), null)).payload());
        Envelope original = new Envelope(null, Tuple2.of("h", 1L), new byte[] {5});
        assertNotSame("a record with mutable components is copied", original.payload(), serializer.copy(original).payload());
    }

    @Test
    public void recordSerializerIsImmutableOnlyIfAllComponentsAre() {
        assertTrue(serializerOf(TypeInformation.of(Event.class)).isImmutableType());
        assertEquals(false, serializerOf(TypeInformation.of(Envelope.class)).isImmutableType());
    }
}
