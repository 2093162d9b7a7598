package io.riffle.bench.compare;

import io.riffle.bench.cpu.MachineCpu;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds of this JVM plus of the children it reaped (and what they reaped), from /proc/self/stat. */
final class ReapedCpu {

    private ReapedCpu() {}

    static double seconds() {
        try {
            return seconds(Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/self/stat", e);
        }
    }

    /** utime + stime + cutime + cstime (fields 14-17), counted after the command name's closing parenthesis. */
    static double seconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = 0;
        for (int field = 11; field <= 14; field++) { // field 3 (state) is fields[0]
            ticks += Long.parseLong(fields[field]);
        }
        return ticks / MachineCpu.TICKS_PER_SECOND;
    }
}
