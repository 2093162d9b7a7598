package io.riffle.bench.compare;

import io.riffle.bench.cpu.MachineCpu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one benchmark JVM (or script) to its end, with its output in a log file, and measures the
 * CPU that other processes used meanwhile: the machine's busy time minus the run's own.
 */
final class MeasuredProcess {

    /** What one process did. {@code otherCpuSeconds} covers its whole life, JVM start and exit included. */
    record Outcome(int exitCode, String output, double wallSeconds, double ownCpuSeconds, double otherCpuSeconds, Path log) {}

    private final CpuAccounting accounting;
    private final Duration timeout;

    MeasuredProcess(CpuAccounting accounting, Duration timeout) {
        this.accounting = accounting;
        this.timeout = timeout;
    }

    Outcome run(List<String> command, Path log) throws IOException, InterruptedException {
        CpuAccounting.Meter meter = accounting.start();
        ProcessBuilder builder = new ProcessBuilder(meter.command(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        double busyBefore = MachineCpu.busySeconds();
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            meter.finish();
            throw new IOException("gave up after " + timeout.toMinutes() + " min: " + String.join(" ", command) + "; see " + log);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double own = meter.finish();
        double busy = MachineCpu.busySeconds() - busyBefore;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new Outcome(process.exitValue(), output, wall, own, busyBefore < 0 ? -1 : Math.max(0, busy - own), log);
    }
}
