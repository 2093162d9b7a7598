package io.riffle.taskmanager.internal.state;

import static io.riffle.taskmanager.internal.state.TestingTypeInformation.typeOf;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import io.riffle.api.common.state.ValueState;
import io.riffle.api.common.state.ValueStateDescriptor;
import org.junit.Test;

public class HeapValueStateTest {

    private final HeapKeyedStateBackend<String> backend = TestingStateBackends.owningAllKeyGroups();
    private final ValueState<Long> count = backend.getState(new ValueStateDescriptor<>("count", typeOf(Long.class)));

    @Test
    public void valueIsNullUntilUpdated() throws Exception {
        backend.setCurrentKey("a");
        assertNull(count.value());
    }

    @Test
    public void updateThenValueReturnsTheValue() throws Exception {
        backend.setCurrentKey("a");
        count.update(42L);
        assertEquals(Long.valueOf(42L), count.value());
        count.update(43L);
        assertEquals(Long.valueOf(43L), count.value());
    }

    @Test
    public void keysAreIsolated() throws Exception {
        backend.setCurrentKey("a");
        count.update(1L);
        backend.setCurrentKey("b");
        assertNull(count.value());
        count.update(2L);

        backend.setCurrentKey("a");
        assertEquals(Long.valueOf(1L), count.value());
        backend.setCurrentKey("b");
        assertEquals(Long.valueOf(2L), count.value());
    }

    @Test
    public void clearRemovesOnlyTheCurrentKeysEntry() throws Exception {
        backend.setCurrentKey("a");
        count.update(1L);
        backend.setCurrentKey("b");
        count.update(2L);

        count.clear();

        assertNull(count.value());
        assertEquals(1, backend.numKeys("count"));
        backend.setCurrentKey("a");
        assertEquals(Long.valueOf(1L), count.value());
    }

    @Test
    public void updateWithNullClearsTheEntry() throws Exception {
        backend.setCurrentKey("a");
        count.update(1L);

        count.update(null);

        assertNull(count.value());
        assertEquals(0, backend.numKeyValueEntries());
    }

    @Test
    public void storesTheObjectItselfWithoutCopying() throws Exception {
        ValueState<StringBuilder> text =
                backend.getState(new ValueStateDescriptor<>("text", typeOf(StringBuilder.class)));
        backend.setCurrentKey("a");
        StringBuilder value = new StringBuilder("x");

        text.update(value);

        assertSame(value, text.value());
    }
}
