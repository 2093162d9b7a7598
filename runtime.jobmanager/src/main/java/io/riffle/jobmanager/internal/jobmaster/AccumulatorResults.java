package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.api.common.accumulators.Accumulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the accumulators of all subtasks by name into the job's results. */
final class AccumulatorResults {

    private AccumulatorResults() {}

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<String, Object> merge(List<ExecutionVertex> subtasks) {
        Map<String, Accumulator> merged = new LinkedHashMap<>();
        for (ExecutionVertex subtask : subtasks) {
            for (Map.Entry<String, Accumulator<?, ?>> entry : subtask.accumulators.entrySet()) {
                Accumulator mine = merged.get(entry.getKey());
                if (mine == null) {
                    merged.put(entry.getKey(), entry.getValue().clone());
                } else if (mine.getClass() != entry.getValue().getClass()) {
                    throw new IllegalStateException("accumulator '" + entry.getKey() + "' is a " + mine.getClass().getName()
                            + " in one subtask and a " + entry.getValue().getClass().getName() + " in " + subtask.name());
                } else {
                    mine.merge(entry.getValue());
                }
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        merged.forEach((name, accumulator) -> results.put(name, accumulator.getLocalValue()));
        return results;
    }
}
