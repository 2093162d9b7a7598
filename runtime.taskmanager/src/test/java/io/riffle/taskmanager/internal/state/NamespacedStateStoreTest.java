package io.riffle.taskmanager.internal.state;

import static io.riffle.taskmanager.internal.state.TestingTypeInformation.typeOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.riffle.api.common.state.ListState;
import io.riffle.api.common.state.ListStateDescriptor;
import io.riffle.api.common.state.ReducingState;
import io.riffle.api.common.state.ReducingStateDescriptor;
import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import io.riffle.api.common.typeinfo.Types;
import java.util.List;
import org.junit.Test;

/** State scoped to a namespace besides the key: one entry per (key, namespace), merging namespaces, and names kept apart. */
public class NamespacedStateStoreTest {

    private final HeapKeyedStateBackend<String> backend = TestingStateBackends.owningAllKeyGroups();
    private final NamespacedStateStore<String> windows = backend.namespacedStore(Types.STRING.createSerializer(null));
    private final ReducingStateDescriptor<Long> sum = new ReducingStateDescriptor<>("sum", Long::sum, typeOf(Long.class));

    @Test
    public void eachKeyAndNamespaceHasItsOwnEntry() throws Exception {
        ReducingState<Long> state = windows.getReducingState(sum);
        backend.setCurrentKey("a");
        windows.setCurrentNamespace("w1");
        state.add(1L);
        windows.setCurrentNamespace("w2");
        state.add(10L);
        backend.setCurrentKey("b");
        state.add(100L);

        assertEquals(Long.valueOf(100), state.get());
        backend.setCurrentKey("a");
        assertEquals(Long.valueOf(10), state.get());
        windows.setCurrentNamespace("w1");
        assertEquals(Long.valueOf(1), state.get());
        assertEquals(3, backend.numKeyValueEntries());
        state.clear();
        assertNull(state.get());
        assertEquals(2, backend.numKeyValueEntries());
    }

    @Test
    public void mergingNamespacesCombinesReducingAndListStateAndDropsTheSources() throws Exception {
        ReducingState<Long> reducing = windows.getReducingState(sum);
        ListState<String> list = windows.getListState(new ListStateDescriptor<>("elements", Types.STRING));
        backend.setCurrentKey("a");
        for (String window : List.of("w1", "w2", "w3")) {
            windows.setCurrentNamespace(window);
            reducing.add((long) window.charAt(1) - '0');
            list.add(window);
        }

        windows.mergeNamespaces(sum, "w1", List.of("w2", "w3"));
        windows.mergeNamespaces(new ListStateDescriptor<>("elements", Types.STRING), "w1", List.of("w2", "w3"));

        windows.setCurrentNamespace("w1");
        assertEquals(Long.valueOf(6), reducing.get());
        assertEquals(List.of("w1", "w2", "w3"), list.get());
        windows.setCurrentNamespace("w2");
        assertNull(reducing.get());
        assertEquals(2, backend.numKeyValueEntries());
    }

    @Test
    public void valueStateCannotBeMerged() {
        ValueStateDescriptor<Long> value = new ValueStateDescriptor<>("value", typeOf(Long.class));
        windows.getState(value);
        backend.setCurrentKey("a");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> windows.mergeNamespaces(value, "w1", List.of("w2")));
        assertTrue(e.getMessage(), e.getMessage().contains("value state 'value' cannot be merged"));
    }

    @Test
    public void aNameIsEitherKeyedStateOfTheKeyOrWindowStateNotBoth() {
        backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> windows.getState(new ValueStateDescriptor<>("count", typeOf(Long.class))));
        assertTrue(e.getMessage(), e.getMessage().contains("already registered as keyed state of the key"));
        windows.getReducingState(sum);
        assertThrows(IllegalStateException.class, () -> backend.getReducingState(sum));
    }

    @Test
    public void windowStateNeedsACurrentNamespace() {
        ValueState<Long> state = windows.getState(new ValueStateDescriptor<>("value", typeOf(Long.class)));
        backend.setCurrentKey("a");

        IllegalStateException e = assertThrows(IllegalStateException.class, state::value);
        assertTrue(e.getMessage(), e.getMessage().contains("no current namespace"));
    }
}
