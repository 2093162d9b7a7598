package io.riffle.runtime.state;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class KeyGroupRangeTest {

    @Test
    public void containsBothEndsAndNothingOutside() {
        KeyGroupRange range = new KeyGroupRange(10, 20);
        assertEquals(11, range.numberOfKeyGroups());
        assertTrue(range.contains(10));
        assertTrue(range.contains(20));
        assertFalse(range.contains(9));
        assertFalse(range.contains(21));
    }

    @Test
    public void emptyRangeContainsNothing() {
        KeyGroupRange empty = new KeyGroupRange(5, 4);
        assertEquals(0, empty.numberOfKeyGroups());
        assertFalse(empty.contains(4));
        assertFalse(empty.contains(5));
    }

    @Test
    public void invalidBoundsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new KeyGroupRange(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> new KeyGroupRange(5, 3));
    }

    @Test
    public void rangesWithEqualBoundsAreEqual() {
        assertEquals(new KeyGroupRange(0, 63), new KeyGroupRange(0, 63));
        assertEquals(new KeyGroupRange(0, 63).hashCode(), new KeyGroupRange(0, 63).hashCode());
    }
}
