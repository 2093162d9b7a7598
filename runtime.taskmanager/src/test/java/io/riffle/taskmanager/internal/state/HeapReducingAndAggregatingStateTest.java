package io.riffle.taskmanager.internal.state;

import static io.riffle.taskmanager.internal.state.TestingTypeInformation.typeOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.riffle.api.common.functions.AggregateFunction;
import io.riffle.api.common.state.AggregatingState;
import io.riffle.api.common.state.AggregatingStateDescriptor;
import io.riffle.api.common.state.ReducingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import org.junit.Test;

public class HeapReducingAndAggregatingStateTest {

    /** Average of ints, with a {long sum, long count} accumulator. */
    private static final class Average implements AggregateFunction<Integer, long[], Double> {
        @Override
        public long[] createAccumulator() {
            return new long[2];
        }

        @Override
        public long[] add(Integer value, long[] acc) {
            acc[0] += value;
            acc[1]++;
            return acc;
        }

        @Override
        public Double getResult(long[] acc) {
            return (double) acc[0] / acc[1];
        }

        @Override
        public long[] merge(long[] a, long[] b) {
            return new long[] {a[0] + b[0], a[1] + b[1]};
        }
    }

    private final HeapKeyedStateBackend<String> backend = TestingStateBackends.owningAllKeyGroups();
    private final ReducingState<Long> max =
            backend.getReducingState(new ReducingStateDescriptor<>("max", Math::max, typeOf(Long.class)));
    private final AggregatingState<Integer, Double> average =
            backend.getAggregatingState(new AggregatingStateDescriptor<>("avg", new Average(), typeOf(long[].class)));

    @Test
    public void reducingStateIsNullUntilTheFirstAdd() throws Exception {
        backend.setCurrentKey("a");
        assertNull(max.get());
    }

    @Test
    public void reducingStateAppliesTheFunctionOnEachAdd() throws Exception {
        backend.setCurrentKey("a");
        max.add(3L);
        assertEquals(Long.valueOf(3L), max.get());
        max.add(1L);
        max.add(7L);
        max.add(5L);
        assertEquals(Long.valueOf(7L), max.get());
    }

    @Test
    public void reducingStateKeysAreIsolatedAndClearRemovesTheEntry() throws Exception {
        backend.setCurrentKey("a");
        max.add(3L);
        backend.setCurrentKey("b");
        max.add(9L);

        max.clear();

        assertNull(max.get());
        assertEquals(1, backend.numKeys("max"));
        backend.setCurrentKey("a");
        assertEquals(Long.valueOf(3L), max.get());
    }

    @Test
    public void reducingStateAddOfNullClearsAsInFlink() throws Exception {
        backend.setCurrentKey("a");
        max.add(3L);
        max.add(null);
        assertNull(max.get());
        assertEquals(0, backend.numKeys("max"));
    }

    @Test
    public void aggregatingStateIsNullUntilTheFirstAdd() throws Exception {
        backend.setCurrentKey("a");
        assertNull(average.get());
    }

    @Test
    public void aggregatingStateAccumulatesAndReturnsTheResult() throws Exception {
        backend.setCurrentKey("a");
        average.add(1);
        average.add(2);
        average.add(6);
        assertEquals(3.0, average.get(), 0.0);
    }

    @Test
    public void aggregatingStateKeysAreIsolatedAndClearRemovesTheEntry() throws Exception {
        backend.setCurrentKey("a");
        average.add(10);
        backend.setCurrentKey("b");
        average.add(2);
        average.add(4);
        assertEquals(3.0, average.get(), 0.0);

        average.clear();

        assertNull(average.get());
        backend.setCurrentKey("a");
        assertEquals(10.0, average.get(), 0.0);
        assertEquals(1, backend.numKeys("avg"));
    }

    @Test
    public void reducingAndAggregatingStatesAreIsolated() throws Exception {
        backend.setCurrentKey("a");
        max.add(5L);
        assertNull(average.get());
        average.add(1);
        assertEquals(Long.valueOf(5L), max.get());
        assertEquals(2, backend.numKeyValueEntries());
    }
}
