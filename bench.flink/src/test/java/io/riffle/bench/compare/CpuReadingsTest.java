package io.riffle.bench.compare;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The /proc and cgroup files the driver reads, as the kernel writes them. */
public class CpuReadingsTest {

    @Test
    public void reapedCpuSumsOwnAndChildrenTimesEvenWithParenthesesInTheName() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 150 50 700 100 20 0 30 0 12345 0 0";
        assertEquals(10.0, ReapedCpu.seconds(stat), 1e-9); // (150 + 50 + 700 + 100) ticks
    }

    @Test
    public void cgroupUsageInBothVersions() {
        assertEquals(1.5, CpuAccounting.usage("1500000000\n", false), 1e-9);
        assertEquals(2.25, CpuAccounting.usage("usage_usec 2250000\nuser_usec 2000000\nsystem_usec 250000\n", true), 1e-9);
    }
}
