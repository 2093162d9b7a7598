package io.riffle.jobmanager.internal.jobmaster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.AllocationId;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.jobgraph.JobVertex;
import io.riffle.runtime.jobgraph.JobVertexId;
import io.riffle.runtime.jobgraph.SerializedValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** SlotAssignment: subtask i of every vertex of a slot sharing group runs in the group's slot i. */
public class SlotAssignmentTest {

    private static JobVertex vertex(String name, int parallelism, String group) {
        return new JobVertex(JobVertexId.generate(), name, parallelism, 128, group, List.of(), List.of(),
                SerializedValue.fromBytes(new byte[0]), List.of());
    }

    private static JobGraph job(JobVertex... vertices) {
        return new JobGraph(JobID.generate(), "slot test", List.of(vertices));
    }

    private static List<AssignedSlot> slots(int count) {
        List<AssignedSlot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.add(new AssignedSlot(AllocationId.generate(), TaskManagerLocation.inJvm(new ResourceId("tm-" + i / 2)), null, i % 2));
        }
        return slots;
    }

    @Test
    public void needsPerGroupTheHighestParallelismInOrderOfFirstAppearance() {
        JobGraph job = job(vertex("source", 2, "default"), vertex("heavy", 4, "heavy"), vertex("sink", 3, "default"),
                vertex("after heavy", 1, "heavy"));

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("default", 3);
        expected.put("heavy", 4);
        assertEquals(expected, SlotAssignment.slotsPerGroup(job));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(SlotAssignment.slotsPerGroup(job).keySet()));
        assertEquals(7, job.requiredSlots());
    }

    @Test
    public void putsSubtaskIOfEveryVertexOfAGroupIntoTheGroupsSlotI() {
        JobVertex source = vertex("source", 2, "default");
        JobVertex map = vertex("map", 3, "default");
        JobVertex sink = vertex("sink", 1, "default");
        ExecutionGraph graph = new ExecutionGraph(job(source, map, sink), 0);
        List<AssignedSlot> slots = slots(3);

        SlotAssignment.assign(graph, slots);

        for (JobVertex vertex : List.of(source, map, sink)) {
            ExecutionVertex[] subtasks = graph.subtasks(vertex.id());
            for (int i = 0; i < subtasks.length; i++) {
                assertSame(vertex.name() + " subtask " + i, slots.get(i), subtasks[i].slot);
            }
        }
    }

    @Test
    public void givesSlotSharingGroupsDisjointSlots() {
        JobVertex source = vertex("source", 2, "default");
        JobVertex heavy = vertex("heavy", 3, "heavy");
        JobVertex sink = vertex("sink", 2, "default");
        ExecutionGraph graph = new ExecutionGraph(job(source, heavy, sink), 0);
        List<AssignedSlot> slots = slots(graph.jobGraph().requiredSlots());

        SlotAssignment.assign(graph, slots);

        Set<AssignedSlot> defaultSlots = new HashSet<>();
        Set<AssignedSlot> heavySlots = new HashSet<>();
        for (ExecutionVertex subtask : graph.all()) {
            (subtask.jobVertex == heavy ? heavySlots : defaultSlots).add(subtask.slot);
        }
        assertEquals(2, defaultSlots.size());
        assertEquals(3, heavySlots.size());
        Set<AssignedSlot> shared = new HashSet<>(defaultSlots);
        shared.retainAll(heavySlots);
        assertTrue("slots of both groups: " + shared, shared.isEmpty());
        assertSame(graph.subtasks(source.id())[1].slot, graph.subtasks(sink.id())[1].slot);
    }
}
