package io.riffle.runtime.provider;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.riffle.configuration.MemorySize;
import org.junit.Test;

public class ResourceProfileTest {

    private static final ResourceProfile WORKER = new ResourceProfile(2.0, MemorySize.parse("1g"),
            MemorySize.parse("512m"), MemorySize.parse("128m"));

    @Test
    public void dividesAWorkerIntoEqualSlotShares() {
        ResourceProfile slot = WORKER.perSlot(4);
        assertEquals(0.5, slot.cpuCores(), 0.0);
        assertEquals(MemorySize.parse("256m"), slot.taskHeap());
        assertEquals(MemorySize.parse("128m"), slot.managedMemory());
        assertEquals(MemorySize.parse("32m"), slot.networkMemory());
        assertEquals(MemorySize.parse("1664m"), WORKER.totalMemory());
    }

    @Test
    public void rejectsProfilesThatCannotExist() {
        MemorySize m = MemorySize.ZERO;
        assertThrows(IllegalArgumentException.class, () -> new ResourceProfile(0, m, m, m));
        assertThrows(IllegalArgumentException.class, () -> new ResourceProfile(Double.NaN, m, m, m));
        assertThrows(IllegalArgumentException.class, () -> new ResourceProfile(Double.POSITIVE_INFINITY, m, m, m));
        assertThrows(NullPointerException.class, () -> new ResourceProfile(1, null, m, m));
        assertThrows(IllegalArgumentException.class, () -> WORKER.perSlot(0));
    }

    @Test
    public void workerSpecsAndIdsValidateTheirParts() {
        assertThrows(IllegalArgumentException.class, () -> new WorkerSpec(WORKER, 0));
        assertThrows(IllegalArgumentException.class, () -> new WorkerId(" "));
        assertEquals("tm-1", new WorkerId("tm-1").toString());
        assertEquals(4, new WorkerSpec(WORKER, 4).slots());
    }
}
