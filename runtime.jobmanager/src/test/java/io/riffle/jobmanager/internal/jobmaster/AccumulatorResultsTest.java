package io.riffle.jobmanager.internal.jobmaster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.accumulators.Accumulator;
import io.riffle.api.common.accumulators.IntCounter;
import io.riffle.api.common.accumulators.LongCounter;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.SerializedValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** AccumulatorResults: the job's accumulator values, merged by name over all subtasks. */
public class AccumulatorResultsTest {

    private static final JobVertex COUNTING = new JobVertex(JobVertexId.generate(), "Counting", 3, 128, "default", List.of(),
            List.of(), SerializedValue.fromBytes(new byte[0]), List.of());

    private static ExecutionVertex subtask(int index, Map<String, Accumulator<?, ?>> accumulators) {
        ExecutionVertex subtask = new ExecutionVertex(COUNTING, index, 0);
        subtask.accumulators = accumulators;
        return subtask;
    }

    @Test
    public void mergesAccumulatorsOfTheSameNameAcrossSubtasks() {
        ExecutionVertex first = subtask(0, Map.of("records", new IntCounter(2), "bytes", new LongCounter(100)));
        ExecutionVertex second = subtask(1, Map.of("records", new IntCounter(3)));
        ExecutionVertex third = subtask(2, Map.of("records", new IntCounter(5), "bytes", new LongCounter(1)));

        Map<String, Object> results = AccumulatorResults.merge(List.of(first, second, third));

        assertEquals(Map.of("records", 10, "bytes", 101L), results);
    }

    @Test
    public void keepsAnAccumulatorOnlyOneSubtaskHas() {
        Map<String, Accumulator<?, ?>> only = new LinkedHashMap<>();
        only.put("errors", new LongCounter(4));

        assertEquals(Map.of("errors", 4L), AccumulatorResults.merge(List.of(subtask(0, only), subtask(1, Map.of()))));
    }

    @Test
    public void leavesTheSubtasksAccumulatorsUnchanged() {
        IntCounter firstCounter = new IntCounter(2);
        ExecutionVertex first = subtask(0, Map.of("records", firstCounter));
        ExecutionVertex second = subtask(1, Map.of("records", new IntCounter(3)));

        AccumulatorResults.merge(List.of(first, second));

        assertEquals(2, firstCounter.getIntValue());
    }

    @Test
    public void returnsNoResultsForAJobWithoutAccumulators() {
        assertEquals(Map.of(), AccumulatorResults.merge(List.of(subtask(0, Map.of()))));
    }

    @Test
    public void refusesToMergeAccumulatorsOfDifferentTypesNamingTheAccumulatorAndTheSubtask() {
        ExecutionVertex first = subtask(0, Map.of("count", new IntCounter(1)));
        ExecutionVertex second = subtask(1, Map.of("count", new LongCounter(1)));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AccumulatorResults.merge(List.of(first, second)));

        assertTrue(e.getMessage(), e.getMessage().contains("'count'"));
        assertTrue(e.getMessage(), e.getMessage().contains("Counting (2/3)"));
        assertTrue(e.getMessage(), e.getMessage().contains("LongCounter"));
    }
}
