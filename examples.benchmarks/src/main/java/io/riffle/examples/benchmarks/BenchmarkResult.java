package io.riffle.examples.benchmarks;

import java.util.Locale;

/**
 * One run's {@code RESULT} line, in the format of the Flink runs in JOBS.md:
 * {@code RESULT job=wordcount n=20000000 p=2 seconds=7.23 rps=2766251 digest=...}, then the job's
 * own fields ({@code mbps} for shuffle-bytes), then {@code job_seconds} (the engine's net job run
 * time) and {@code cpu_s} (CPU seconds of this JVM during {@code execute()}, -1 if unknown).
 *
 * @param seconds wall time of {@code env.execute()}
 */
record BenchmarkResult(String job, long records, int parallelism, double seconds, String digest, String jobFields,
        double jobSeconds, double cpuSeconds) {

    String line() {
        return String.format(Locale.ROOT, "RESULT job=%s n=%d p=%d seconds=%.2f rps=%d digest=%s%s job_seconds=%.2f cpu_s=%.2f",
                job, records, parallelism, seconds, (long) (records / seconds), digest, jobFields, jobSeconds, cpuSeconds);
    }
}
