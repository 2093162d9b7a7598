package io.riffle.taskmanager.internal.operators;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.accumulators.IntCounter;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import java.util.Map;
import org.junit.Test;

/** StreamingRuntimeContext: subtask facts, accumulators, and keyed state only on keyed streams. */
public class StreamingRuntimeContextTest {

    private static StreamingRuntimeContext contextOf(OperatorTestHarness<?, ?> harness) {
        return new StreamingRuntimeContext(harness.context());
    }

    private static StreamingRuntimeContext nonKeyed() {
        return contextOf(OperatorTestHarness.of(new MapOperator<String, String>(v -> v)));
    }

    @Test
    public void tellsTheSubtaskAndJobFacts() {
        StreamingRuntimeContext context = nonKeyed();
        TaskInfo task = OperatorTestHarness.TASK_INFO;

        assertEquals(task.jobName(), context.getJobName());
        assertEquals("the task (chain) name, as in Flink", task.taskName(), context.getTaskName());
        assertEquals(task.subtaskIndex(), context.getIndexOfThisSubtask());
        assertEquals(task.parallelism(), context.getNumberOfParallelSubtasks());
        assertEquals(task.maxParallelism(), context.getMaxNumberOfParallelSubtasks());
        assertEquals(task.attemptNumber(), context.getAttemptNumber());
        assertSame(OperatorTestHarness.class.getClassLoader(), context.getUserCodeClassLoader());
    }

    @Test
    public void createsACounterOnFirstUseAndReturnsTheSameOneAfterwards() {
        OperatorTestHarness<String, String> harness = OperatorTestHarness.of(new MapOperator<String, String>(v -> v));
        StreamingRuntimeContext context = contextOf(harness);

        LongCounter first = context.getLongCounter("records");
        first.add(2);
        context.getLongCounter("records").add(3);

        assertSame(first, context.getLongCounter("records"));
        assertEquals(Map.of("records", first), harness.accumulators.snapshot());
        assertEquals(5L, (long) first.getLocalValue());
    }

    @Test
    public void sharesAccumulatorsBetweenFunctionsOfOneTask() {
        OperatorTestHarness<String, String> harness = OperatorTestHarness.of(new MapOperator<String, String>(v -> v));

        contextOf(harness).getIntCounter("seen").add(1);
        contextOf(harness).getIntCounter("seen").add(1);

        assertEquals(2, ((IntCounter) harness.accumulators.get("seen")).getIntValue());
    }

    @Test
    public void refusesACounterOfAnotherTypeUnderAnExistingName() {
        StreamingRuntimeContext context = nonKeyed();
        context.getIntCounter("count");

        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> context.getLongCounter("count"));
        assertTrue(e.getMessage(), e.getMessage().contains("'count'"));
        assertTrue(e.getMessage(), e.getMessage().contains("IntCounter"));
    }

    @Test
    public void refusesToAddAnAccumulatorTwice() {
        StreamingRuntimeContext context = nonKeyed();
        IntCounter counter = new IntCounter();
        context.addAccumulator("errors", counter);

        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> context.addAccumulator("errors", new IntCounter()));
        assertTrue(e.getMessage(), e.getMessage().contains("'errors'"));
        assertSame(counter, context.getAccumulator("errors"));
    }

    @Test
    public void refusesKeyedStateOnANonKeyedStreamNamingTheStateAndTheOperator() {
        StreamingRuntimeContext context = nonKeyed();

        IllegalStateException value = assertThrows(IllegalStateException.class,
                () -> context.getState(new ValueStateDescriptor<>("total", Types.LONG)));
        assertThrows(IllegalStateException.class, () -> context.getListState(new ListStateDescriptor<>("list", Types.LONG)));
        assertThrows(IllegalStateException.class,
                () -> context.getMapState(new MapStateDescriptor<>("map", Types.STRING, Types.LONG)));

        assertTrue(value.getMessage(), value.getMessage().contains("'total'"));
        assertTrue(value.getMessage(), value.getMessage().contains("keyBy()"));
        assertTrue(value.getMessage(), value.getMessage().contains(OperatorTestHarness.OPERATOR_NAME));
    }

    @Test
    public void givesKeyedStateOfTheOperatorsBackendOnAKeyedStream() throws Exception {
        OperatorTestHarness<String, String> harness = OperatorTestHarness.<String, String>of(new MapOperator<String, String>(v -> v))
                .keyedBy(v -> v);
        StreamingRuntimeContext context = contextOf(harness);

        ValueState<Long> total = context.getState(new ValueStateDescriptor<>("total", Types.LONG));
        harness.keyedStateBackend().setCurrentKey("k");
        total.update(7L);

        assertEquals(1, harness.keyedStateBackend().numKeys("total"));
        assertSame("registering the same state again returns it", total,
                contextOf(harness).getState(new ValueStateDescriptor<>("total", Types.LONG)));
    }
}
