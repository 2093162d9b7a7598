package io.riffle.taskmanager.internal.memory;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class MemoryManagerTest {

    @Test
    public void everySlotGetsAnEqualShare() {
        MemoryManager memory = new MemoryManager("tm-1", 128L << 20, 4);

        assertEquals(128L << 20, memory.totalBytes());
        assertEquals(32L << 20, memory.shareBytes());
        for (int i = 0; i < 4; i++) {
            assertEquals(32L << 20, memory.slot(i).size());
            assertEquals("tm-1/" + i, memory.slot(i).name());
        }
        assertSame(memory.slot(2), memory.slot(2));
        assertNotSame(memory.slot(1), memory.slot(2));
    }

    @Test
    public void theRemainderOfAnUnevenSplitIsNotHandedOut() {
        MemoryManager memory = new MemoryManager("tm-1", 100, 3);

        assertEquals(33, memory.shareBytes());
        assertEquals(100, memory.totalBytes());
    }

    @Test
    public void noManagedMemoryGivesEmptyShares() throws Exception {
        MemoryManager memory = new MemoryManager("tm-1", 0, 2);

        assertEquals(0, memory.slot(1).size());
        memory.slot(1).reserve("nothing", 0);
        assertThrows(MemoryReservationException.class, () -> memory.slot(1).reserve("sorter", 1));
    }

    @Test
    public void slotsThatDoNotExistAreRefused() {
        MemoryManager memory = new MemoryManager("tm-1", 100, 2);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> memory.slot(2));
        assertEquals("slot 2 does not exist; this TaskExecutor has 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> memory.slot(-1));
    }

    @Test
    public void negativeMemoryOrNoSlotsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MemoryManager("tm-1", -1, 2));
        assertThrows(IllegalArgumentException.class, () -> new MemoryManager("tm-1", 100, 0));
    }
}
