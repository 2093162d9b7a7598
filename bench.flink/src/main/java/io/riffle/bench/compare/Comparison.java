package io.riffle.bench.compare;

import io.riffle.bench.digest.JobSpec;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The runs of both engines for one job and parallelism, summed up.
 *
 * @param flinkSetup what Flink ran on: {@code minicluster} or {@code standalone}
 */
record Comparison(JobSpec job, int parallelism, String mode, String flinkSetup, long records, String expectedDigest,
        List<RunSample> riffle, List<RunSample> flink, OptionalDouble ceilingRps) {

    Comparison {
        riffle = List.copyOf(riffle);
        flink = List.copyOf(flink);
        Stats.ratios(rates(riffle), rates(flink)); // fails early on unpaired runs
    }

    Stats riffleRps() {
        return Stats.of(rates(riffle));
    }

    Stats flinkRps() {
        return Stats.of(rates(flink));
    }

    Stats ratio() {
        return Stats.ratios(rates(riffle), rates(flink));
    }

    /** Whether every run of both engines printed the expected digest (so they also agree with each other). */
    boolean digestsMatch() {
        return riffle.stream().allMatch(run -> run.digest().equals(expectedDigest))
                && flink.stream().allMatch(run -> run.digest().equals(expectedDigest));
    }

    long noisyRuns() {
        return riffle.stream().filter(RunSample::noisy).count() + flink.stream().filter(RunSample::noisy).count();
    }

    int runs() {
        return riffle.size() + flink.size();
    }

    /** JOBS.md's MB/s: N·100 payload bytes over the run's seconds, at the rate {@code rps}. */
    static double megabytesPerSecond(double rps) {
        return rps * 100 / 1e6;
    }

    String line() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "COMPARE job=%s p=%d mode=%s n=%d runs=%d riffle=%s flink=%s riffle_rps_median=%.0f flink_rps_median=%.0f",
                job.jobName(), parallelism, mode, records, riffle.size(), mode.equals("cluster") ? "jobmanager+2taskmanagers" : "local-cluster", flinkSetup,
                riffleRps().median(), flinkRps().median()));
        if (job.reportsBytes()) {
            line.append(String.format(Locale.ROOT, " riffle_mbps_median=%.1f flink_mbps_median=%.1f",
                    megabytesPerSecond(riffleRps().median()), megabytesPerSecond(flinkRps().median())));
        }
        Stats ratio = ratio();
        line.append(String.format(Locale.ROOT, " ratio_min=%.2f ratio_median=%.2f ratio_max=%.2f digests=%s noisy_runs=%d/%d ceiling_rps=%.0f"
                        + " riffle_wall_s_median=%.2f flink_wall_s_median=%.2f riffle_cpu_s_median=%.2f flink_cpu_s_median=%.2f",
                ratio.min(), ratio.median(), ratio.max(), digestsMatch() ? "match" : "MISMATCH", noisyRuns(), runs(),
                ceilingRps.orElse(-1), median(riffle, RunSample::wallSeconds), median(flink, RunSample::wallSeconds),
                median(riffle, RunSample::cpuSeconds), median(flink, RunSample::cpuSeconds)));
        return line.toString();
    }

    /**
     * The median of one measure of the runs: {@code wallSeconds}, the life of the run's processes (JVM
     * start, cluster start, job, shutdown), or {@code cpuSeconds}, the engine JVM's CPU time during
     * {@code execute()} (-1 where unknown: on a Riffle cluster), which other load disturbs less.
     */
    private static double median(List<RunSample> runs, ToDoubleFunction<RunSample> measure) {
        return Stats.of(runs.stream().map(run -> measure.applyAsDouble(run)).toList()).median();
    }

    private static List<Double> rates(List<RunSample> runs) {
        return runs.stream().map(RunSample::rps).toList();
    }
}
