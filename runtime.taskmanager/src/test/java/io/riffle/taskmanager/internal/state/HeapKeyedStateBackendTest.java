package io.riffle.taskmanager.internal.state;

import static io.riffle.taskmanager.internal.state.TestingTypeInformation.typeOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.serialization.SerializerConfig;
import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.MapStateDescriptor;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.runtime.state.KeyGroupRange;
import io.riffle.runtime.state.KeyGroupRangeAssignment;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class HeapKeyedStateBackendTest {

    private final HeapKeyedStateBackend<String> backend = TestingStateBackends.owningAllKeyGroups();

    @Test
    public void setCurrentKeyComputesTheKeysGroup() {
        backend.setCurrentKey("apple");
        assertEquals("apple", backend.getCurrentKey());
        assertEquals(KeyGroupRangeAssignment.assignToKeyGroup("apple", 128), backend.getCurrentKeyGroupIndex());
    }

    @Test
    public void noCurrentKeyBeforeTheFirstSet() {
        assertNull(backend.getCurrentKey());
        assertEquals(-1, backend.getCurrentKeyGroupIndex());
    }

    @Test
    public void stateAccessWithoutCurrentKeyFails() throws Exception {
        ValueState<Long> count = backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));
        IllegalStateException e = assertThrows(IllegalStateException.class, count::value);
        assertTrue(e.getMessage(), e.getMessage().contains("no current key"));
    }

    @Test
    public void keyOutsideTheBackendsKeyGroupRangeFailsNamingKeyGroupAndRange() {
        HeapKeyedStateBackend<String> subtask1 = TestingStateBackends.ofSubtask(1, 4);
        String foreign = TestingStateBackends.stringKey(1, 4, false);
        int group = KeyGroupRangeAssignment.assignToKeyGroup(foreign, 128);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> subtask1.setCurrentKey(foreign));

        assertTrue(e.getMessage(), e.getMessage().contains(foreign));
        assertTrue(e.getMessage(), e.getMessage().contains("key group " + group));
        assertTrue(e.getMessage(), e.getMessage().contains(subtask1.getKeyGroupRange().toString()));
    }

    @Test
    public void keyInsideTheRangeOfAPartialBackendIsAccepted() throws Exception {
        HeapKeyedStateBackend<String> subtask2 = TestingStateBackends.ofSubtask(2, 3);
        ValueState<Long> count = subtask2.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));
        String owned = TestingStateBackends.stringKey(2, 3, true);

        subtask2.setCurrentKey(owned);
        count.update(7L);

        assertEquals(Long.valueOf(7L), count.value());
        assertTrue(subtask2.getKeyGroupRange().contains(subtask2.getCurrentKeyGroupIndex()));
    }

    @Test
    public void rejectedKeyLeavesTheCurrentKeyUnchanged() {
        HeapKeyedStateBackend<String> subtask0 = TestingStateBackends.ofSubtask(0, 2);
        String owned = TestingStateBackends.stringKey(0, 2, true);
        subtask0.setCurrentKey(owned);

        assertThrows(IllegalStateException.class, () -> subtask0.setCurrentKey(TestingStateBackends.stringKey(0, 2, false)));

        assertEquals(owned, subtask0.getCurrentKey());
    }

    @Test
    public void nullKeyIsRejected() {
        assertThrows(NullPointerException.class, () -> backend.setCurrentKey(null));
    }

    @Test
    public void rangeBeyondMaxParallelismIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new HeapKeyedStateBackend<String>(new KeyGroupRange(0, 128), 128, new SerializerConfig()));
    }

    @Test
    public void registeringTheSameDescriptorTwiceReturnsTheSameState() {
        ValueStateDescriptor<Long> descriptor = new ValueStateDescriptor<>("count", typeOf(Long.class));

        assertSame(backend.getState(descriptor), backend.getState(descriptor));
        assertSame(backend.getState(descriptor), backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class))));
    }

    @Test
    public void registeringANameAgainAsAnotherKindFails() {
        backend.getState(new ValueStateDescriptor<>("seen", typeOf(Long.class)));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> backend.getListState(new ListStateDescriptor<>("seen", typeOf(Long.class))));

        assertTrue(e.getMessage(), e.getMessage().contains("'seen'"));
        assertTrue(e.getMessage(), e.getMessage().contains("VALUE"));
        assertTrue(e.getMessage(), e.getMessage().contains("LIST"));
    }

    @Test
    public void registeringANameAgainWithAnotherTypeFails() {
        backend.getState(new ValueStateDescriptor<>("seen", typeOf(Long.class)));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> backend.getState(new ValueStateDescriptor<>("seen", typeOf(String.class))));

        assertTrue(e.getMessage(), e.getMessage().contains("java.lang.Long"));
        assertTrue(e.getMessage(), e.getMessage().contains("java.lang.String"));
    }

    @Test
    public void registeringAMapStateAgainWithAnotherValueTypeFails() {
        backend.getMapState(new MapStateDescriptor<>("m", typeOf(String.class), typeOf(Long.class)));

        assertThrows(IllegalStateException.class,
                () -> backend.getMapState(new MapStateDescriptor<>("m", typeOf(String.class), typeOf(Integer.class))));
    }

    @Test
    public void registeringInitializesTheDescriptorsSerializer() {
        ReducingStateDescriptor<Long> descriptor = new ReducingStateDescriptor<>("sum", Long::sum, typeOf(Long.class));

        backend.getReducingState(descriptor);

        assertTrue(descriptor.isSerializerInitialized());
    }

    @Test
    public void classTypedDescriptorsAreResolvedWhenRegistered() throws Exception {
        ValueStateDescriptor<Long> byClass = new ValueStateDescriptor<>("count", Long.class);

        ValueState<Long> count = backend.getState(byClass);
        backend.setCurrentKey("a");
        count.update(5L);

        assertEquals(Long.class, byClass.getTypeInformation().getTypeClass());
        assertTrue(byClass.isSerializerInitialized());
        assertSame(count, backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class))));
        assertEquals(Long.valueOf(5L), count.value());
    }

    @Test
    public void statesWithDifferentNamesAreIsolated() throws Exception {
        ValueState<Long> a = backend.getState(new ValueStateDescriptor<>("a", typeOf(Long.class)));
        ValueState<Long> b = backend.getState(new ValueStateDescriptor<>("b", typeOf(Long.class)));
        backend.setCurrentKey("k");

        a.update(1L);

        assertNull(b.value());
        b.update(2L);
        assertEquals(Long.valueOf(1L), a.value());
    }

    @Test
    public void countsEntriesPerStateAndOverall() throws Exception {
        ValueState<Long> count = backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));
        ListState<String> seen = backend.getListState(new ListStateDescriptor<>("seen", typeOf(String.class)));
        for (String key : new String[] {"a", "b", "c"}) {
            backend.setCurrentKey(key);
            count.update(1L);
        }
        backend.setCurrentKey("a");
        seen.add("x");
        seen.add("y");

        assertEquals(3, backend.numKeys("count"));
        assertEquals(1, backend.numKeys("seen"));
        assertEquals(4, backend.numKeyValueEntries());
        assertThrows(IllegalArgumentException.class, () -> backend.numKeys("unknown"));
    }

    @Test
    public void entriesArePartitionedByKeyGroup() throws Exception {
        ValueState<Long> count = backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));
        backend.setCurrentKey("apple");
        count.update(3L);
        int group = backend.getCurrentKeyGroupIndex();

        StateTable<String, ?, ?> table = backend.registeredStates().iterator().next().table();

        List<String> entries = new ArrayList<>();
        table.forEachEntry(group, (key, namespace, value) -> entries.add(key + "/" + namespace + "=" + value));
        assertEquals(List.of("apple/INSTANCE=3"), entries);
        assertEquals(1, table.keyGroupSize(group));
        assertEquals(0, table.keyGroupSize((group + 1) % 128));
    }

    @Test
    public void disposeDropsAllStateAndRefusesNewRegistrations() throws Exception {
        ValueState<Long> count = backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));
        backend.setCurrentKey("a");
        count.update(1L);

        backend.dispose();

        assertEquals(0, backend.numKeyValueEntries());
        assertThrows(IllegalStateException.class, () -> backend.getState(new ValueStateDescriptor<>("x", typeOf(Long.class))));
    }

    @Test
    public void manyKeysKeepTheirOwnValues() throws Exception {
        ValueState<Long> count = backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < 10_000; k++) {
                backend.setCurrentKey("word" + k);
                Long c = count.value();
                count.update(c == null ? 1L : c + 1);
            }
        }
        for (int k = 0; k < 10_000; k++) {
            backend.setCurrentKey("word" + k);
            assertEquals(Long.valueOf(3L), count.value());
        }
        assertEquals(10_000, backend.numKeys("count"));
    }
}
