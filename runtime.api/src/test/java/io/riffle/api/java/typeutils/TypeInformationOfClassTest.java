package io.riffle.api.java.typeutils;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.typeinfo.BasicTypeInfo;
import io.riffle.api.common.typeinfo.PrimitiveArrayTypeInfo;
import io.riffle.api.common.typeinfo.TypeHint;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.api.java.typeutils.TestingTypes.Account;
import io.riffle.api.java.typeutils.TestingTypes.Envelope;
import io.riffle.api.java.typeutils.TestingTypes.Event;
import io.riffle.api.java.typeutils.TestingTypes.Level;
import io.riffle.api.java.typeutils.TestingTypes.NoDefaultConstructor;
import io.riffle.api.java.typeutils.TestingTypes.NoGetter;
import io.riffle.api.java.typeutils.TestingTypes.Person;
import io.riffle.api.java.typeutils.TestingTypes.WordCount;
import io.riffle.api.java.typeutils.TestingTypes.Wrapper;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class TypeInformationOfClassTest {

    @Test
    public void basicAndPrimitiveClassesMapToBasicTypeInfo() {
        assertSame(BasicTypeInfo.STRING_TYPE_INFO, TypeInformation.of(String.class));
        assertSame(BasicTypeInfo.LONG_TYPE_INFO, TypeInformation.of(Long.class));
        assertEquals(BasicTypeInfo.INT_TYPE_INFO, TypeInformation.of(int.class));
        assertSame(Types.INSTANT, TypeInformation.of(java.time.Instant.class));
        assertSame(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO, TypeInformation.of(byte[].class));
        assertSame(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO, Types.PRIMITIVE_ARRAY(Types.BYTE));
        assertEquals(new EnumTypeInfo<>(Level.class), TypeInformation.of(Level.class));
    }

    @Test
    public void tupleSubclassBindingAllFieldsIsATupleType() {
        TypeInformation<WordCount> info = TypeInformation.of(WordCount.class);
        assertEquals(new TupleTypeInfo<>(WordCount.class, Types.STRING, Types.INT), info);
        assertEquals(info, Types.TUPLE(WordCount.class));
        assertTrue(info.isTupleType());
        assertEquals(WordCount.class, info.getTypeClass());
    }

    @Test
    public void erasedTupleClassIsRejectedWithAHint() {
        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> TypeInformation.of(Tuple2.class));
        assertTrue(e.getMessage(), e.getMessage().contains("Tuple2 is a generic class"));
        assertTrue(e.getMessage(), e.getMessage().contains("erased"));
    }

    @Test
    public void typeHintCapturesGenericTypes() {
        assertEquals(Types.TUPLE(Types.STRING, Types.LONG), TypeInformation.of(new TypeHint<Tuple2<String, Long>>() {}));
        assertEquals(Types.LIST(Types.STRING), new TypeHint<List<String>>() {}.getTypeInfo());
        assertEquals(Types.MAP(Types.STRING, Types.TUPLE(Types.INT, Types.BOOLEAN)),
                new TypeHint<Map<String, Tuple2<Integer, Boolean>>>() {}.getTypeInfo());
    }

    @Test
    public void pojoFieldsAreSortedByNameAndTyped() {
        PojoTypeInfo<Person> info = (PojoTypeInfo<Person>) TypeInformation.of(Person.class);
        assertArrayEquals(new String[] {"age", "name", "score", "tags"}, info.getFieldNames());
        assertEquals(Types.INT, info.getTypeAt("age"));
        assertEquals(Types.LIST(Types.STRING), info.getTypeAt("tags"));
        assertEquals(1, info.getFieldIndex("name"));
        assertTrue("Person overrides equals and hashCode", info.isKeyType());
    }

    @Test
    public void pojoWithGettersAndSettersSkipsTransientFields() {
        PojoTypeInfo<Account> info = (PojoTypeInfo<Account>) TypeInformation.of(Account.class);
        assertArrayEquals(new String[] {"active", "balance", "limits", "owner"}, info.getFieldNames());
        assertEquals(Types.MAP(Types.STRING, Types.INT), info.getTypeAt("limits"));
        assertFalse("Account has identity hashCode, so it cannot be a key", info.isKeyType());
        assertEquals(info, Types.POJO(Account.class));
    }

    @Test
    public void pojoFieldWithoutGetterIsRejectedNamingTheField() {
        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> TypeInformation.of(NoGetter.class));
        assertTrue(e.getMessage(), e.getMessage().contains(NoGetter.class.getName()));
        assertTrue(e.getMessage(), e.getMessage().contains("field 'secret'"));
        assertTrue(e.getMessage(), e.getMessage().contains("getter getSecret()"));
    }

    @Test
    public void classWithoutNoArgConstructorIsRejected() {
        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> TypeInformation.of(NoDefaultConstructor.class));
        assertTrue(e.getMessage(), e.getMessage().contains("no public no-argument constructor"));
    }

    @Test
    public void unsupportedClassesAreRejectedWithTheReason() {
        assertTrue(assertThrows(InvalidTypesException.class, () -> TypeInformation.of(Object.class))
                .getMessage().contains("java.lang.Object"));
        assertTrue(assertThrows(InvalidTypesException.class, () -> TypeInformation.of(Runnable.class))
                .getMessage().contains("interface"));
        assertTrue(assertThrows(InvalidTypesException.class, () -> TypeInformation.of(String[].class))
                .getMessage().contains("use a List"));
        assertTrue(assertThrows(InvalidTypesException.class, () -> TypeInformation.of(java.util.Date.class))
                .getMessage().contains("of the JDK classes Riffle supports only"));
    }

    @Test
    public void genericPojoNeedsItsTypeArgument() {
        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> TypeInformation.of(Wrapper.class));
        assertTrue(e.getMessage(), e.getMessage().contains("Wrapper is a generic class"));

        PojoTypeInfo<?> info = (PojoTypeInfo<?>) new TypeHint<Wrapper<Wrapper<Long>>>() {}.getTypeInfo();
        PojoTypeInfo<?> inner = (PojoTypeInfo<?>) info.getTypeAt("value");
        assertEquals(Types.LONG, inner.getTypeAt("value"));
        assertEquals(Types.STRING, inner.getTypeAt("label"));
    }

    @Test
    public void typeArgumentsOfGenericSuperclassesAreResolved() {
        PojoTypeInfo<?> labelled = (PojoTypeInfo<?>) TypeInformation.of(TestingTypes.Labelled.class);
        assertArrayEquals(new String[] {"label", "value"}, labelled.getFieldNames());
        assertEquals(Types.LONG, labelled.getTypeAt("value"));

        TypeInformation<TestingTypes.Timed<String>> timed = new TypeHint<TestingTypes.Timed<String>>() {}.getTypeInfo();
        assertEquals(new TupleTypeInfo<>(TestingTypes.Timed.class, Types.STRING, Types.LONG), timed);
    }

    @Test
    public void recordsKeepComponentOrder() {
        RecordTypeInfo<Event> info = (RecordTypeInfo<Event>) TypeInformation.of(Event.class);
        assertArrayEquals(new String[] {"user", "timestamp", "amount"}, info.getFieldNames());
        assertEquals(Types.STRING, info.getTypeAt(0));
        assertEquals(Types.LONG, info.getTypeAt(1));
        assertEquals(Types.INT, info.getTypeAt("amount"));
        assertTrue(info.isKeyType());
        assertEquals(info, Types.POJO(Event.class));

        RecordTypeInfo<Envelope> envelope = (RecordTypeInfo<Envelope>) TypeInformation.of(Envelope.class);
        assertEquals(Types.TUPLE(Types.STRING, Types.LONG), envelope.getTypeAt("header"));
        assertFalse("byte[] components are no keys", envelope.isKeyType());
    }

    @Test
    public void explicitPojoFieldsMustExistAndBeAccessible() {
        TypeInformation<Person> info = Types.POJO(Person.class, Map.of("name", Types.STRING, "age", Types.INT));
        assertEquals(2, info.getArity());
        assertThrows(InvalidTypesException.class, () -> Types.POJO(Person.class, Map.of("nope", Types.STRING)));
        InvalidTypesException e = assertThrows(InvalidTypesException.class,
                () -> Types.POJO(NoGetter.class, Map.of("secret", Types.STRING)));
        assertTrue(e.getMessage(), e.getMessage().contains("secret"));
    }

    @Test
    public void typeInformationSurvivesJavaSerialization() throws Exception {
        TypeInformation<Person> info = TypeInformation.of(Person.class);
        TypeInformation<Person> copy = io.riffle.api.common.typeutils.SerializerRoundTrip.javaSerialized(info);
        assertEquals(info, copy);
        assertSame(BasicTypeInfo.STRING_TYPE_INFO,
                io.riffle.api.common.typeutils.SerializerRoundTrip.javaSerialized(BasicTypeInfo.STRING_TYPE_INFO));
        assertEquals(new Person("a", 1, 2L, List.of()), io.riffle.api.common.typeutils.SerializerRoundTrip.roundTrip(
                copy.createSerializer(new io.riffle.api.common.serialization.SerializerConfig()), new Person("a", 1, 2L, List.of())));
    }
}
