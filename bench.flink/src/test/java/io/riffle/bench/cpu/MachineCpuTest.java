package io.riffle.bench.cpu;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class MachineCpuTest {

    @Test
    public void busyTimeLeavesOutIdleAndIowait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertEquals(16.0, MachineCpu.busySeconds("cpu  1000 100 300 99999 888 0 100 100 0 0"), 1e-9);
    }

    @Test
    public void onlyTheAggregateLineIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> MachineCpu.busySeconds("cpu0 1 2 3 4 5 6 7 8"));
    }
}
