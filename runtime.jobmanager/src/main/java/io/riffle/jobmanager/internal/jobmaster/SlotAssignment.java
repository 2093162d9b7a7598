package io.riffle.jobmanager.internal.jobmaster;

import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Slot sharing: subtask i of every vertex in a slot sharing group runs in the group's slot i, so a
 * group needs as many slots as its highest parallelism.
 */
final class SlotAssignment {

    private SlotAssignment() {}

    /** Slots per sharing group, in order of first appearance. */
    static Map<String, Integer> slotsPerGroup(JobGraph graph) {
        Map<String, Integer> perGroup = new LinkedHashMap<>();
        for (JobVertex vertex : graph.vertices()) {
            perGroup.merge(vertex.slotSharingGroup(), vertex.parallelism(), Math::max);
        }
        return perGroup;
    }

    /** Gives every subtask its slot from {@code slots} (exactly {@code graph.requiredSlots()} of them). */
    static void assign(ExecutionGraph graph, List<AssignedSlot> slots) {
        Map<String, List<AssignedSlot>> byGroup = new LinkedHashMap<>();
        int next = 0;
        for (Map.Entry<String, Integer> group : slotsPerGroup(graph.jobGraph()).entrySet()) {
            byGroup.put(group.getKey(), new ArrayList<>(slots.subList(next, next + group.getValue())));
            next += group.getValue();
        }
        for (ExecutionVertex[] subtasks : graph.vertices()) {
            for (ExecutionVertex subtask : subtasks) {
                subtask.slot = byGroup.get(subtask.jobVertex.slotSharingGroup()).get(subtask.subtaskIndex);
            }
        }
    }
}
