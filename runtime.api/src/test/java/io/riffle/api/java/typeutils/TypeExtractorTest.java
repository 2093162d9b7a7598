package io.riffle.api.java.typeutils;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.functions.FlatMapFunction;
import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.functions.MapFunction;
import io.riffle.api.common.functions.RichMapFunction;
import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.functions.KeySelector;
import io.riffle.api.java.tuple.Tuple2;
import io.riffle.api.java.typeutils.TestingTypes.Event;
import io.riffle.api.java.typeutils.TestingTypes.Person;
import io.riffle.util.Collector;
import io.riffle.util.OutputTag;
import java.io.Serializable;
import java.util.List;
import org.junit.Test;

public class TypeExtractorTest {

    private static final TypeInformation<Tuple2<String, Long>> STRING_LONG = Types.TUPLE(Types.STRING, Types.LONG);

    public static class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(String value, Collector<Tuple2<String, Integer>> out) {}
    }

    /** An abstract intermediate class binding the output in terms of its own type variable. */
    public abstract static class WithTimestamp<X> extends RichMapFunction<X, Tuple2<X, Long>> {
        private static final long serialVersionUID = 1L;
    }

    public static class StringWithTimestamp extends WithTimestamp<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<String, Long> map(String value) {
            return Tuple2.of(value, 0L);
        }
    }

    public static class Identity<T> implements MapFunction<T, T> {
        private static final long serialVersionUID = 1L;

        @Override
        public T map(T value) {
            return value;
        }
    }

    public static class PairWithOne<T> implements MapFunction<T, Tuple2<T, Long>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Tuple2<T, Long> map(T value) {
            return Tuple2.of(value, 1L);
        }
    }

    /** Stands in for ProcessFunction-like abstract classes with the output at index 1. */
    public abstract static class Process<I, O> implements Serializable {
        private static final long serialVersionUID = 1L;

        public abstract void process(I value, Collector<O> out);
    }

    public record Name(String value) {}

    public static Tuple2<String, Integer> withOne(String word) {
        return Tuple2.of(word, 1);
    }

    public static void split(String line, Collector<Tuple2<String, Integer>> out) {}

    public static <T> T identity(T value) {
        return value;
    }

    @Test
    public void anonymousClassOutputIsRead() {
        MapFunction<String, Integer> length = new MapFunction<>() {
            @Override
            public Integer map(String value) {
                return value.length();
            }
        };
        assertEquals(Types.INT, TypeExtractor.getMapReturnTypes(length, Types.STRING));
    }

    @Test
    public void namedClassOutputIsRead() {
        assertEquals(Types.TUPLE(Types.STRING, Types.INT), TypeExtractor.getFlatMapReturnTypes(new Tokenizer(), Types.STRING));
    }

    @Test
    public void outputBoundThroughGenericIntermediateClassIsResolved() {
        assertEquals(STRING_LONG, TypeExtractor.getMapReturnTypes(new StringWithTimestamp(), Types.STRING));
    }

    @Test
    public void typeVariablesBoundToTheInputComeFromTheInputType() {
        assertEquals(STRING_LONG, TypeExtractor.getMapReturnTypes(new Identity<>(), STRING_LONG));
        assertEquals(Types.TUPLE(Types.INT, Types.LONG), TypeExtractor.getMapReturnTypes(new PairWithOne<>(), Types.INT));
    }

    @Test
    public void lambdaWithNonGenericReturnTypeIsRead() {
        MapFunction<String, Integer> length = s -> s.length();
        assertEquals(Types.INT, TypeExtractor.getMapReturnTypes(length, Types.STRING));
        MapFunction<String, Event> toEvent = s -> new Event(s, 1L, 2);
        assertEquals(TypeInformation.of(Event.class), TypeExtractor.getMapReturnTypes(toEvent, Types.STRING));
        MapFunction<String, Person> toPerson = s -> new Person(s, 1, 2L, List.of());
        assertEquals(TypeInformation.of(Person.class), TypeExtractor.getMapReturnTypes(toPerson, Types.STRING));
    }

    @Test
    public void capturingLambdaIsRead() {
        String suffix = "!";
        long factor = 3;
        MapFunction<String, Long> capturing = s -> (s + suffix).length() * factor;
        assertEquals(Types.LONG, TypeExtractor.getMapReturnTypes(capturing, Types.STRING));
    }

    @Test
    public void lambdaReturningTupleIsMissingWithAReturnsHint() {
        MapFunction<String, Tuple2<String, Long>> pair = s -> Tuple2.of(s, 1L);
        TypeInformation<Tuple2<String, Long>> type = TypeExtractor.getMapReturnTypes(pair, Types.STRING, "Map", true);
        assertTrue(type.toString(), (Object) type instanceof MissingTypeInfo);
        String message = ((MissingTypeInfo) (Object) type).getTypeException().getMessage();
        assertTrue(message, message.startsWith("The return type of Map (lambda in TypeExtractorTest)"));
        assertTrue(message, message.contains("type erasure"));
        assertTrue(message, message.contains(".returns(Types.TUPLE(Types.STRING, Types.LONG))"));
        assertTrue(message, message.contains("(anonymous) class"));

        InvalidTypesException e = assertThrows(InvalidTypesException.class,
                () -> type.createSerializer(new SerializerConfig()));
        assertEquals(message, e.getMessage());
        assertThrows(InvalidTypesException.class, () -> TypeExtractor.getMapReturnTypes(pair, Types.STRING));
    }

    private final String prefix = "p-";

    @Test
    public void lambdaCapturingThisIsRead() {
        MapFunction<Integer, String> capturingThis = i -> prefix + i;
        assertEquals(Types.STRING, TypeExtractor.getMapReturnTypes(capturingThis, Types.INT));
    }

    @Test
    public void lambdaReturningAnInvalidPojoExplainsThePojoProblemNotReturns() {
        MapFunction<String, TestingTypes.NoGetter> invalid = s -> new TestingTypes.NoGetter();
        InvalidTypesException e = assertThrows(InvalidTypesException.class,
                () -> TypeExtractor.getMapReturnTypes(invalid, Types.STRING));
        assertTrue(e.getMessage(), e.getMessage().contains("is not supported"));
        assertTrue(e.getMessage(), e.getMessage().contains("field 'secret'"));
        assertTrue(e.getMessage(), !e.getMessage().contains("returns"));
    }

    /** Stands in for functional interfaces of other modules, such as GeneratorFunction<Long, O>. */
    @FunctionalInterface
    public interface Generator<I, O> extends io.riffle.api.common.functions.Function {
        O generate(I index);
    }

    @Test
    public void outputTypeOfOtherFunctionalInterfacesWorksForLambdas() {
        Generator<Long, String> lambda = i -> "event-" + i;
        assertEquals(Types.STRING, TypeExtractor.getOutputType(lambda, Generator.class, 1, Types.LONG));
        Generator<Long, Tuple2<Long, Long>> erased = i -> Tuple2.of(i, i);
        TypeInformation<Tuple2<Long, Long>> missing = TypeExtractor.getOutputType(erased, Generator.class, 1, Types.LONG);
        assertTrue((Object) missing instanceof MissingTypeInfo);
        assertTrue(missing.toString(), missing.toString().contains("The return type of Generator (lambda in TypeExtractorTest)"));
    }

    @Test
    public void flatMapLambdaOutputIsMissing() {
        FlatMapFunction<String, String> words = (line, out) -> out.collect(line);
        TypeInformation<String> type = TypeExtractor.getFlatMapReturnTypes(words, Types.STRING, "Flat Map", true);
        assertTrue((Object) type instanceof MissingTypeInfo);
        assertTrue(type.toString(), type.toString().contains("returns"));
    }

    @Test
    public void methodReferencesKeepGenericSignatures() {
        MapFunction<String, Integer> length = String::length;
        assertEquals(Types.INT, TypeExtractor.getMapReturnTypes(length, Types.STRING));
        MapFunction<String, Tuple2<String, Integer>> withOne = TypeExtractorTest::withOne;
        assertEquals(Types.TUPLE(Types.STRING, Types.INT), TypeExtractor.getMapReturnTypes(withOne, Types.STRING));
        FlatMapFunction<String, Tuple2<String, Integer>> split = TypeExtractorTest::split;
        assertEquals(Types.TUPLE(Types.STRING, Types.INT), TypeExtractor.getFlatMapReturnTypes(split, Types.STRING));
        MapFunction<String, Name> constructor = Name::new;
        assertEquals(TypeInformation.of(Name.class), TypeExtractor.getMapReturnTypes(constructor, Types.STRING));
    }

    @Test
    public void genericMethodReferenceTakesTheInputType() {
        MapFunction<Tuple2<String, Long>, Tuple2<String, Long>> same = TypeExtractorTest::identity;
        assertEquals(STRING_LONG, TypeExtractor.getMapReturnTypes(same, STRING_LONG));
    }

    @Test
    public void keySelectorLambdaYieldsTheKeyType() {
        KeySelector<Tuple2<String, Long>, String> byWord = t -> t.f0;
        assertEquals(Types.STRING, TypeExtractor.getKeySelectorTypes(byWord, STRING_LONG));
    }

    @Test
    public void outputTypeOfOtherFunctionClassesIsReadByIndex() {
        Process<String, Tuple2<String, Long>> process = new Process<>() {
            @Override
            public void process(String value, Collector<Tuple2<String, Long>> out) {}
        };
        assertEquals(STRING_LONG, TypeExtractor.getOutputType(process, Process.class, 1, Types.STRING));
    }

    @Test
    public void resultTypeQueryableFunctionsReportTheirOwnType() {
        class Queryable implements MapFunction<String, Object>, ResultTypeQueryable<Object> {
            private static final long serialVersionUID = 1L;

            @Override
            public Object map(String value) {
                return value;
            }

            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public TypeInformation<Object> getProducedType() {
                return (TypeInformation) Types.STRING;
            }
        }
        assertEquals(Types.STRING, TypeExtractor.getMapReturnTypes(new Queryable(), Types.STRING));
    }

    @Test
    public void outputTagSubclassCarriesItsElementType() {
        assertEquals(Types.STRING, new OutputTag<String>("late") {}.getTypeInfo());
        assertEquals(STRING_LONG, new OutputTag<Tuple2<String, Long>>("pairs") {}.getTypeInfo());
    }

    @Test
    public void outputTagWithoutTypeExplainsTheFix() {
        InvalidTypesException plain = assertThrows(InvalidTypesException.class, () -> new OutputTag<String>("late"));
        assertTrue(plain.getMessage(), plain.getMessage().contains("new OutputTag<String>(\"id\") {}"));
        assertTrue(plain.getMessage(), plain.getMessage().contains("pass the TypeInformation"));
        InvalidTypesException generic = assertThrows(InvalidTypesException.class, TypeExtractorTest::genericTag);
        assertTrue(generic.getMessage(), generic.getMessage().contains("type variable T"));
    }

    private static <T> OutputTag<T> genericTag() {
        return new OutputTag<T>("generic") {};
    }

    @Test
    public void typeOfPlainTupleObjectComesFromItsFields() {
        assertEquals(STRING_LONG, TypeExtractor.getForObject(Tuple2.of("a", 1L)));
        assertEquals(Types.INT, TypeExtractor.getForObject(5));
        assertThrows(InvalidTypesException.class, () -> TypeExtractor.getForObject(Tuple2.of("a", null)));
    }

    @Test
    public void createTypeInfoResolvesParameterizedTypes() throws Exception {
        java.lang.reflect.Type listOfPairs = TypeExtractorTest.class.getDeclaredMethod("listOfPairs").getGenericReturnType();
        assertEquals(Types.LIST(STRING_LONG), TypeExtractor.createTypeInfo(listOfPairs));
    }

    @SuppressWarnings("unused")
    private static List<Tuple2<String, Long>> listOfPairs() {
        return List.of();
    }
}
