package io.riffle.examples.benchmarks;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.BitSet;
import org.junit.Test;

/** J3's event order: index j, the k-th of range s, is event s + k·P; every event once. */
public class InterleavedRangesTest {

    private static long[] events(long records, int parallelism) {
        InterleavedRanges order = new InterleavedRanges(records, parallelism);
        long[] events = new long[(int) records];
        for (int index = 0; index < records; index++) {
            events[index] = order.event(index);
        }
        return events;
    }

    @Test
    public void eachRangeTakesEveryPthEventFromItsNumber() {
        // ranges of 10 records at P=3: [0,4) [4,7) [7,10), the first one longer
        assertArrayEquals(new long[] {0, 3, 6, 9, 1, 4, 7, 2, 5, 8}, events(10, 3));
        assertArrayEquals(new long[] {0, 2, 4, 1, 3}, events(5, 2));
        assertArrayEquals("at P=1 the order is unchanged", new long[] {0, 1, 2, 3}, events(4, 1));
        assertArrayEquals("fewer records than ranges", new long[] {0, 1}, events(2, 4));
    }

    @Test
    public void everyEventComesOnce() {
        for (int parallelism = 1; parallelism <= 8; parallelism++) {
            for (long records : new long[] {0, 1, 7, 1000, 1_000_003}) {
                BitSet seen = new BitSet();
                for (long event : events(records, parallelism)) {
                    seen.set((int) event);
                }
                assertEquals("N=" + records + " P=" + parallelism, records, seen.cardinality());
                assertEquals(records, seen.length());
            }
        }
    }

    @Test
    public void badSizesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new InterleavedRanges(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new InterleavedRanges(-1, 2));
    }
}
