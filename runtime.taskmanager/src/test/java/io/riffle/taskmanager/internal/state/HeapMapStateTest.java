package io.riffle.taskmanager.internal.state;

import static io.riffle.taskmanager.internal.state.TestingTypeInformation.typeOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.state.MapState;
import io.riffle.api.common.state.MapStateDescriptor;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

public class HeapMapStateTest {

    private final HeapKeyedStateBackend<String> backend = TestingStateBackends.owningAllKeyGroups();
    private final MapState<String, Integer> map =
            backend.getMapState(new MapStateDescriptor<>("map", typeOf(String.class), typeOf(Integer.class)));

    @Test
    public void emptyKeyHasNoMappingsAndEmptyViews() throws Exception {
        backend.setCurrentKey("a");
        assertTrue(map.isEmpty());
        assertNull(map.get("x"));
        assertFalse(map.contains("x"));
        assertFalse(map.entries().iterator().hasNext());
        assertFalse(map.keys().iterator().hasNext());
        assertFalse(map.values().iterator().hasNext());
        assertFalse(map.iterator().hasNext());
    }

    @Test
    public void putOverwritesAndGetReadsBack() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", 1);
        map.put("x", 2);
        assertEquals(Integer.valueOf(2), map.get("x"));
        assertTrue(map.contains("x"));
        assertFalse(map.isEmpty());
    }

    @Test
    public void putAllAddsEveryMapping() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", 1);
        Map<String, Integer> more = new HashMap<>();
        more.put("x", 10);
        more.put("y", 20);

        map.putAll(more);

        assertEquals(more, toMap(map.entries()));
    }

    @Test
    public void nullValuesAreKeptNullKeysRejected() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", null);
        assertTrue(map.contains("x"));
        assertNull(map.get("x"));
        assertThrows(NullPointerException.class, () -> map.put(null, 1));
    }

    @Test
    public void removingTheLastMappingRemovesTheKeysEntry() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", 1);
        map.put("y", 2);

        map.remove("x");
        assertEquals(1, backend.numKeyValueEntries());
        map.remove("y");

        assertTrue(map.isEmpty());
        assertEquals(0, backend.numKeyValueEntries());
    }

    @Test
    public void iteratorRemoveOfTheLastMappingRemovesTheKeysEntry() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", 1);
        map.put("y", 2);

        Iterator<Map.Entry<String, Integer>> it = map.iterator();
        while (it.hasNext()) {
            it.next();
            it.remove();
        }

        assertTrue(map.isEmpty());
        assertEquals(0, backend.numKeyValueEntries());
    }

    @Test
    public void keysAndValuesViewsSeeAllMappings() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", 1);
        map.put("y", 2);

        Set<String> keys = new HashSet<>();
        map.keys().forEach(keys::add);
        Set<Integer> values = new HashSet<>();
        map.values().forEach(values::add);

        assertEquals(Set.of("x", "y"), keys);
        assertEquals(Set.of(1, 2), values);
    }

    @Test
    public void keysAreIsolatedAndClearRemovesOnlyTheCurrentKeysMap() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", 1);
        backend.setCurrentKey("b");
        map.put("x", 2);

        map.clear();

        assertTrue(map.isEmpty());
        backend.setCurrentKey("a");
        assertEquals(Integer.valueOf(1), map.get("x"));
        assertEquals(1, backend.numKeyValueEntries());
    }

    @Test
    public void viewObtainedForOneKeyStillEmptiesThatKeyAfterTheCurrentKeyChanged() throws Exception {
        backend.setCurrentKey("a");
        map.put("x", 1);
        Iterator<String> it = map.keys().iterator();
        backend.setCurrentKey("b");
        map.put("y", 2);

        it.next();
        it.remove();

        assertEquals(1, backend.numKeys("map"));
        assertEquals(Integer.valueOf(2), map.get("y"));
    }

    private static Map<String, Integer> toMap(Iterable<Map.Entry<String, Integer>> entries) {
        Map<String, Integer> result = new HashMap<>();
        entries.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
