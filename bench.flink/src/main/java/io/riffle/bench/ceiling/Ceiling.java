package io.riffle.bench.ceiling;

import io.riffle.bench.digest.JobSpec;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times one job's {@link CeilingLoops ceiling loop}: one warm-up run, then {@code runs} timed runs
 * (default 5), and prints {@code CEILING job=.. n=.. runs=.. seconds=<median> rps=<N/median>
 * digest=..} ({@code mbps} for shuffle-bytes). Run it with {@code -XX:+AlwaysPreTouch} and a fixed
 * heap, as JOBS.md did. {@code Ceiling <job> [N] [runs]}.
 */
public final class Ceiling {

    private Ceiling() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 3 || JobSpec.named(args[0]).isEmpty()) {
            System.err.println("usage: Ceiling <job> [N] [runs]   job: " + JobSpec.names());
            System.exit(2);
        }
        JobSpec job = JobSpec.named(args[0]).orElseThrow();
        long records = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : job.defaultRecords();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String digest = CeilingLoops.run(job, records); // warm-up
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            String again = CeilingLoops.run(job, records);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            if (!again.equals(digest)) {
                throw new IllegalStateException("the " + job.jobName() + " loop gave " + again + " after " + digest);
            }
        }
        Arrays.sort(seconds);
        double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
        String bytes = job.reportsBytes() ? String.format(Locale.ROOT, " mbps=%.1f", records * 100.0 / median / 1e6) : "";
        System.out.printf(Locale.ROOT, "CEILING job=%s n=%d runs=%d seconds=%.4f rps=%d digest=%s%s%n",
                job.jobName(), records, runs, median, (long) (records / median), digest, bytes);
    }
}
