package io.riffle.bench.compare;

import java.util.Locale;

/**
 * One run of one engine, from its {@code RESULT} line and the driver's measurement of its process.
 *
 * @param seconds the run's own {@code seconds} (wall time of {@code execute()}; on a cluster, of {@code riffle run})
 * @param wallSeconds the process's whole life, over which {@code otherCpuSeconds} was measured
 * @param waitedSeconds how long the driver waited for a quiet machine before the run
 */
record RunSample(String engine, int index, double seconds, double rps, String digest, double cpuSeconds,
        double wallSeconds, double otherCpuSeconds, double waitedSeconds) {

    /** JOBS.md's noise rule: other processes used more than {@code 0.3 + 0.05·seconds} CPU seconds meanwhile. */
    static boolean noisy(double otherCpuSeconds, double seconds) {
        return otherCpuSeconds > 0.3 + 0.05 * seconds;
    }

    boolean noisy() {
        return noisy(otherCpuSeconds, wallSeconds);
    }

    static RunSample of(String engine, int index, ResultLine result, MeasuredProcess.Outcome process, double waitedSeconds) {
        return new RunSample(engine, index, result.number("seconds"), result.number("rps"), result.text("digest"),
                result.fields().containsKey("cpu_s") ? result.number("cpu_s") : -1, process.wallSeconds(), process.otherCpuSeconds(),
                waitedSeconds);
    }

    String line(String job, int parallelism, int runs, boolean digestOk) {
        return String.format(Locale.ROOT,
                "RUN engine=%s job=%s p=%d run=%d/%d seconds=%.2f rps=%.0f digest=%s digest_ok=%s cpu_s=%.2f wall_s=%.2f other_cpu_s=%.2f waited_s=%.0f%s",
                engine, job, parallelism, index, runs, seconds, rps, digest, digestOk, cpuSeconds, wallSeconds, otherCpuSeconds, waitedSeconds,
                noisy() ? " noisy" : "");
    }
}
