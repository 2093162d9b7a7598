package io.riffle.api.java.tuple;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class TupleTest {

    @Test
    public void hashCodeCombinesFieldHashCodesLikeFlink() {
        assertEquals("a".hashCode(), Tuple1.of("a").hashCode());
        assertEquals(31 * "a".hashCode() + Long.valueOf(5).hashCode(), Tuple2.of("a", 5L).hashCode());
        assertEquals(31 * (31 * 0 + 1) + 2, Tuple3.of(null, 1, 2).hashCode());
        // a fixed value: stable across JVMs, so it is safe for key partitioning
        assertEquals(3008, Tuple2.of("a", 1).hashCode());
    }

    @Test
    public void equalityIsValueBased() {
        assertEquals(Tuple2.of("a", 1), Tuple2.of("a", 1));
        assertNotEquals(Tuple2.of("a", 1), Tuple2.of("a", 2));
        assertNotEquals(Tuple2.of("a", 1), Tuple3.of("a", 1, null));
        assertEquals(Tuple5.of(1, 2, 3, 4, null), Tuple5.of(1, 2, 3, 4, null));
    }

    @Test
    public void toStringListsFieldsInParentheses() {
        assertEquals("(a,1)", Tuple2.of("a", 1).toString());
        assertEquals("(1,null,x,2.5)", Tuple4.of(1, null, "x", 2.5).toString());
    }

    @Test
    public void positionalAccessReadsAndWritesFields() {
        Tuple3<String, Integer, Long> tuple = new Tuple3<>();
        tuple.setField("x", 0);
        tuple.setField(2, 1);
        tuple.setField(3L, 2);
        assertEquals(Tuple3.of("x", 2, 3L), tuple);
        assertEquals(Long.valueOf(3L), tuple.getField(2));
        assertEquals(3, tuple.getArity());
        assertThrows(IndexOutOfBoundsException.class, () -> tuple.getField(3));
        assertThrows(IndexOutOfBoundsException.class, () -> tuple.setField("y", -1));
    }

    @Test
    public void copyIsShallow() {
        StringBuilder shared = new StringBuilder("s");
        Tuple2<StringBuilder, Integer> original = Tuple2.of(shared, 1);
        Tuple2<StringBuilder, Integer> copy = original.copy();
        assertNotSame(original, copy);
        assertSame(shared, copy.f0);
        copy.f1 = 2;
        assertEquals(Integer.valueOf(1), original.f1);
    }

    @Test
    public void setFieldsAndSwap() {
        Tuple2<String, Integer> tuple = new Tuple2<>();
        tuple.setFields("a", 1);
        assertEquals(Tuple2.of(1, "a"), tuple.swap());
    }

    @Test
    public void tupleClassAndInstanceByArity() {
        assertEquals(Tuple1.class, Tuple.getTupleClass(1));
        assertEquals(Tuple5.class, Tuple.getTupleClass(5));
        assertEquals(Tuple4.class, Tuple.newInstance(4).getClass());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tuple.getTupleClass(6));
        assertEquals("Riffle has tuples of arity 1 to 5, not 6", e.getMessage());
    }
}
