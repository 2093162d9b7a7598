package io.riffle.streaming.api.functions.aggregation;

import static io.riffle.api.common.typeutils.SerializerRoundTrip.javaSerialized;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.functions.InvalidTypesException;
import io.riffle.api.common.typeinfo.TypeInformation;
import io.riffle.api.common.typeinfo.Types;
import io.riffle.api.java.tuple.Tuple3;
import io.riffle.api.java.typeutils.TestingTypes.Event;
import io.riffle.api.java.typeutils.TestingTypes.Person;
import io.riffle.api.java.typeutils.TestingTypes.WordCount;
import io.riffle.streaming.api.functions.aggregation.AggregationFunction.AggregationType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

public class AggregatorsTest {

    private static final TypeInformation<Tuple3<String, Integer, Long>> TUPLE =
            Types.TUPLE(Types.STRING, Types.INT, Types.LONG);
    private static final TypeInformation<Person> PERSON = TypeInformation.of(Person.class);
    private static final TypeInformation<Event> EVENT = TypeInformation.of(Event.class);

    private static <T> T reduceAll(AggregationFunction<T> function, List<T> values) throws Exception {
        T accumulated = values.get(0);
        for (T value : values.subList(1, values.size())) {
            accumulated = function.reduce(accumulated, value);
        }
        return accumulated;
    }

    @Test
    public void tupleSumKeepsTheFirstRecordsOtherFieldsAndLeavesInputsUnchanged() throws Exception {
        Tuple3<String, Integer, Long> first = Tuple3.of("a", 1, 10L);
        Tuple3<String, Integer, Long> second = Tuple3.of("b", 2, 20L);
        Tuple3<String, Integer, Long> sum = new SumAggregator<>(1, TUPLE).reduce(first, second);
        assertEquals(Tuple3.of("a", 3, 10L), sum);
        assertEquals(Tuple3.of("a", 1, 10L), first);
        assertEquals(Tuple3.of("a", 1, 30L), new SumAggregator<>("f2", TUPLE).reduce(first, second));
    }

    @Test
    public void tupleSubclassSumKeepsItsClass() throws Exception {
        TypeInformation<WordCount> type = TypeInformation.of(WordCount.class);
        WordCount sum = new SumAggregator<>(1, type).reduce(new WordCount("w", 1), new WordCount("w", 4));
        assertEquals(WordCount.class, sum.getClass());
        assertEquals(Integer.valueOf(5), sum.f1);
    }

    @Test
    public void pojoSumByFieldNameTreatsNullAsAbsent() throws Exception {
        Person ann = new Person("ann", 30, null, List.of());
        Person bob = new Person("bob", 12, 5L, List.of());
        Person ages = new SumAggregator<>("age", PERSON).reduce(ann, bob);
        assertEquals(new Person("ann", 42, null, List.of()), ages);
        assertEquals(30, ann.age);
        assertEquals(Long.valueOf(5), new SumAggregator<>("score", PERSON).reduce(ann, bob).score);
    }

    @Test
    public void recordSumBuildsANewRecordByNameOrPosition() throws Exception {
        Event a = new Event("u1", 100L, 1);
        Event b = new Event("u2", 200L, 2);
        assertEquals(new Event("u1", 100L, 3), new SumAggregator<>("amount", EVENT).reduce(a, b));
        assertEquals(new Event("u1", 300L, 1), new SumAggregator<>(1, EVENT).reduce(a, b));
    }

    @Test
    public void basicTypeStreamsAggregateTheValueAtPositionZeroOrStar() throws Exception {
        assertEquals(Long.valueOf(6), reduceAll(new SumAggregator<>(0, Types.LONG), List.of(1L, 2L, 3L)));
        assertEquals(new BigDecimal("3.50"), reduceAll(new SumAggregator<>("*", Types.BIG_DEC),
                List.of(new BigDecimal("1.25"), new BigDecimal("2.25"))));
        assertEquals(Double.valueOf(-1.5), reduceAll(new ComparableAggregator<>(0, Types.DOUBLE, AggregationType.MIN), List.of(2.0, -1.5, 7.0)));
        assertEquals("z", reduceAll(new ComparableAggregator<>("*", Types.STRING, AggregationType.MAX), List.of("a", "z", "m")));
    }

    @Test
    public void minAndMaxReplaceOnlyTheFieldOfTheAccumulatedRecord() throws Exception {
        List<Tuple3<String, Integer, Long>> values = List.of(Tuple3.of("a", 5, 1L), Tuple3.of("b", 2, 2L), Tuple3.of("c", 9, 3L));
        assertEquals(Tuple3.of("a", 2, 1L), reduceAll(new ComparableAggregator<>(1, TUPLE, AggregationType.MIN), values));
        assertEquals(Tuple3.of("a", 9, 1L), reduceAll(new ComparableAggregator<>("f1", TUPLE, AggregationType.MAX), values));
    }

    @Test
    public void minByAndMaxByReturnWholeRecordsAndBreakTiesByFirst() throws Exception {
        Tuple3<String, Integer, Long> early = Tuple3.of("early", 1, 1L);
        Tuple3<String, Integer, Long> late = Tuple3.of("late", 1, 2L);
        Tuple3<String, Integer, Long> big = Tuple3.of("big", 7, 3L);
        List<Tuple3<String, Integer, Long>> values = List.of(big, early, late);
        assertSame(early, reduceAll(new ComparableAggregator<>(1, TUPLE, AggregationType.MINBY, true), values));
        assertSame(late, reduceAll(new ComparableAggregator<>(1, TUPLE, AggregationType.MINBY, false), values));
        assertSame(big, reduceAll(new ComparableAggregator<>(1, TUPLE, AggregationType.MAXBY, true), values));
    }

    @Test
    public void pojoAndRecordMinByAndMax() throws Exception {
        Person ann = new Person("ann", 30, 1L, List.of());
        Person bob = new Person("bob", 12, 9L, List.of());
        assertSame(bob, new ComparableAggregator<>("age", PERSON, AggregationType.MINBY, true).reduce(ann, bob));
        assertEquals(new Person("ann", 30, 9L, List.of()),
                new ComparableAggregator<>("score", PERSON, AggregationType.MAX).reduce(ann, bob));

        Event first = new Event("u", 5L, 3);
        Event second = new Event("v", 1L, 3);
        assertSame(first, new ComparableAggregator<>("amount", EVENT, AggregationType.MAXBY, true).reduce(first, second));
        assertEquals(new Event("u", 1L, 3), new ComparableAggregator<>(1, EVENT, AggregationType.MIN).reduce(first, second));
    }

    @Test
    public void nullFieldsNeverWinMinOrMax() throws Exception {
        Person none = new Person("none", 1, null, List.of());
        Person some = new Person("some", 2, 4L, List.of());
        assertSame(some, new ComparableAggregator<>("score", PERSON, AggregationType.MINBY, true).reduce(none, some));
        assertSame(some, new ComparableAggregator<>("score", PERSON, AggregationType.MAXBY, true).reduce(some, none));
    }

    @Test
    public void aggregatorsWorkAfterJavaSerialization() throws Exception {
        SumAggregator<Person> sum = javaSerialized(new SumAggregator<>("age", PERSON));
        assertEquals(3, sum.reduce(new Person("a", 1, 1L, List.of()), new Person("b", 2, 2L, List.of())).age);
        ComparableAggregator<Event> min = javaSerialized(new ComparableAggregator<>("timestamp", EVENT, AggregationType.MIN));
        assertEquals(new Event("x", 1L, 1), min.reduce(new Event("x", 2L, 1), new Event("y", 1L, 2)));
    }

    @Test
    public void invalidFieldReferencesFailAtConstructionWithTheValidChoices() {
        IllegalArgumentException position = assertThrows(IllegalArgumentException.class, () -> new SumAggregator<>(3, TUPLE));
        assertTrue(position.getMessage(), position.getMessage().contains("valid positions are 0 to 2"));
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> new SumAggregator<>("size", PERSON));
        assertTrue(name.getMessage(), name.getMessage().contains("no field 'size'"));
        assertTrue(name.getMessage(), name.getMessage().contains("[age, name, score, tags]"));
        IllegalArgumentException pojoPosition = assertThrows(IllegalArgumentException.class, () -> new SumAggregator<>(0, PERSON));
        assertTrue(pojoPosition.getMessage(), pojoPosition.getMessage().contains("use the field name"));
        IllegalArgumentException basic = assertThrows(IllegalArgumentException.class, () -> new SumAggregator<>(1, Types.LONG));
        assertTrue(basic.getMessage(), basic.getMessage().contains("use position 0"));
    }

    @Test
    public void nonNumericSumAndNonComparableMinFailAtConstruction() {
        InvalidTypesException sum = assertThrows(InvalidTypesException.class, () -> new SumAggregator<>(0, TUPLE));
        assertTrue(sum.getMessage(), sum.getMessage().contains("cannot sum position 0"));
        assertTrue(sum.getMessage(), sum.getMessage().contains("String"));
        InvalidTypesException min = assertThrows(InvalidTypesException.class,
                () -> new ComparableAggregator<>("tags", PERSON, AggregationType.MIN));
        assertTrue(min.getMessage(), min.getMessage().contains("not Comparable"));
    }
}
