package io.riffle.taskmanager.internal.state;

import static io.riffle.taskmanager.internal.state.TestingTypeInformation.typeOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;

import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class HeapListStateTest {

    private final HeapKeyedStateBackend<String> backend = TestingStateBackends.owningAllKeyGroups();
    private final ListState<String> list = backend.getListState(new ListStateDescriptor<>("list", typeOf(String.class)));

    @Test
    public void getIsAnEmptyIterableNotNullWhenEmpty() throws Exception {
        backend.setCurrentKey("a");
        Iterable<String> values = list.get();
        assertNotNull(values);
        assertFalse(values.iterator().hasNext());
    }

    @Test
    public void addAppendsInOrder() throws Exception {
        backend.setCurrentKey("a");
        list.add("x");
        list.add("y");
        list.add("x");
        assertEquals(Arrays.asList("x", "y", "x"), toList(list.get()));
    }

    @Test
    public void addAllAppendsAllAndUpdateReplaces() throws Exception {
        backend.setCurrentKey("a");
        list.add("x");
        list.addAll(Arrays.asList("y", "z"));
        assertEquals(Arrays.asList("x", "y", "z"), toList(list.get()));

        list.update(Arrays.asList("q"));
        assertEquals(Arrays.asList("q"), toList(list.get()));
    }

    @Test
    public void addAllOnAnEmptyKeyCreatesTheList() throws Exception {
        backend.setCurrentKey("a");
        list.addAll(Arrays.asList("y", "z"));
        assertEquals(Arrays.asList("y", "z"), toList(list.get()));
    }

    @Test
    public void updateDoesNotShareTheCallersList() throws Exception {
        backend.setCurrentKey("a");
        List<String> input = new ArrayList<>(Arrays.asList("x"));
        list.update(input);
        input.add("later");
        assertEquals(Arrays.asList("x"), toList(list.get()));
    }

    @Test
    public void updateWithEmptyListRemovesTheEntry() throws Exception {
        backend.setCurrentKey("a");
        list.add("x");
        list.update(new ArrayList<>());
        assertFalse(list.get().iterator().hasNext());
        assertEquals(0, backend.numKeyValueEntries());
    }

    @Test
    public void addAllWithEmptyListLeavesNoEntry() throws Exception {
        backend.setCurrentKey("a");
        list.addAll(new ArrayList<>());
        assertEquals(0, backend.numKeyValueEntries());
    }

    @Test
    public void keysAreIsolatedAndClearRemovesTheEntry() throws Exception {
        backend.setCurrentKey("a");
        list.add("a1");
        backend.setCurrentKey("b");
        list.add("b1");

        list.clear();

        assertFalse(list.get().iterator().hasNext());
        assertEquals(1, backend.numKeyValueEntries());
        backend.setCurrentKey("a");
        assertEquals(Arrays.asList("a1"), toList(list.get()));
    }

    @Test
    public void nullElementsAreRejectedWithoutPartialUpdates() throws Exception {
        backend.setCurrentKey("a");
        list.add("x");

        assertThrows(NullPointerException.class, () -> list.add(null));
        assertThrows(NullPointerException.class, () -> list.addAll(Arrays.asList("y", null)));
        assertThrows(NullPointerException.class, () -> list.update(Arrays.asList("z", null)));
        assertThrows(NullPointerException.class, () -> list.update(null));
        assertThrows(NullPointerException.class, () -> list.addAll(null));

        assertEquals(Arrays.asList("x"), toList(list.get()));
    }

    private static List<String> toList(Iterable<String> values) {
        List<String> result = new ArrayList<>();
        values.forEach(result::add);
        return result;
    }
}
