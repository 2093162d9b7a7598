package io.riffle.bench.cpu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time of the whole machine and of this JVM, for JOBS.md's {@code other_cpu_s}: the machine's
 * busy time from {@code /proc/stat} minus what this process used in the same interval.
 */
public final class MachineCpu {

    /** USER_HZ: the unit of /proc's tick counts, 100 on every Linux architecture in use. */
    public static final double TICKS_PER_SECOND = 100.0;

    private static final Path PROC_STAT = Path.of("/proc/stat");

    private MachineCpu() {}

    /** Whether /proc/stat can be read (Linux); elsewhere the busy time is unknown. */
    public static boolean available() {
        return Files.isReadable(PROC_STAT);
    }

    /** Busy seconds of all CPUs since boot (user, nice, system, irq, softirq, steal), or -1 where unknown. */
    public static double busySeconds() {
        if (!available()) {
            return -1;
        }
        try {
            return busySeconds(Files.readAllLines(PROC_STAT).get(0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PROC_STAT, e);
        }
    }

    /** The busy seconds of /proc/stat's aggregate {@code cpu} line. */
    static double busySeconds(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 9) {
            throw new IllegalArgumentException("not the aggregate cpu line of /proc/stat: " + cpuLine);
        }
        long busy = 0;
        for (int field : new int[] {1, 2, 3, 6, 7, 8}) { // user nice system (idle iowait) irq softirq steal
            busy += Long.parseLong(fields[field]);
        }
        return busy / TICKS_PER_SECOND;
    }

    /** CPU seconds this JVM used so far, or -1 where unknown. */
    public static double processSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L) / 1e9;
    }
}
