package io.riffle.bench.flink;

import io.riffle.bench.cpu.MachineCpu;
import io.riffle.bench.digest.JobSpec;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Runs one JOBS.md job on Apache Flink's MiniCluster, as Flink's reference runs did
 * ({@code createLocalEnvironment(P)}: {@code execute()} starts a MiniCluster with one TaskManager of
 * P slots, runs the job and stops it), and prints the {@code RESULT} line of Riffle's Benchmark,
 * plus {@code other_cpu_s} (CPU used by other processes during {@code execute()}).
 *
 * <p>{@code FlinkBenchmark <job> [N] [P]}; wrong usage prints one line on stderr and exits with 2.
 */
public final class FlinkBenchmark {

    private static final Map<JobSpec, FlinkJob> JOBS = Map.of(JobSpec.WORDCOUNT, new WordCountJob(),
            JobSpec.CHAIN, new ChainJob(), JobSpec.WINDOW, new WindowJob(), JobSpec.SHUFFLE_BYTES, new ShuffleBytesJob());

    private FlinkBenchmark() {}

    public static void main(String[] args) throws Exception {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args, Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            System.err.println("flink-benchmark: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(run(invocation));
    }

    /** Runs the job on a fresh MiniCluster and returns its {@code RESULT} line. */
    static String run(Invocation invocation) throws Exception {
        FlinkJob job = job(invocation.job());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(invocation.parallelism());
        job.addTo(env, invocation.records());
        double machineBefore = MachineCpu.busySeconds();
        double cpuBefore = MachineCpu.processSeconds();
        long start = System.nanoTime();
        JobExecutionResult result = env.execute(invocation.job().jobName());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = MachineCpu.processSeconds() - cpuBefore;
        double other = machineBefore < 0 ? -1 : Math.max(0, MachineCpu.busySeconds() - machineBefore - cpu);
        return line(invocation, seconds, job.digest(result), result.getNetRuntime() / 1e3, cpu, other);
    }

    static FlinkJob job(JobSpec spec) {
        return JOBS.get(spec);
    }

    /** Riffle's {@code RESULT} line format (examples.benchmarks' BenchmarkResult), then {@code other_cpu_s}. */
    static String line(Invocation invocation, double seconds, String digest, double jobSeconds, double cpuSeconds,
            double otherCpuSeconds) {
        long records = invocation.records();
        String bytes = invocation.job().reportsBytes() ? String.format(Locale.ROOT, " mbps=%.1f", records * 100.0 / seconds / 1e6) : "";
        return String.format(Locale.ROOT,
                "RESULT job=%s n=%d p=%d seconds=%.2f rps=%d digest=%s%s job_seconds=%.2f cpu_s=%.2f other_cpu_s=%.2f",
                invocation.job().jobName(), records, invocation.parallelism(), seconds, (long) (records / seconds), digest,
                bytes, jobSeconds, cpuSeconds, otherCpuSeconds);
    }

    /** The command line {@code <job> [N] [P]}. */
    record Invocation(JobSpec job, long records, int parallelism) {

        static Invocation parse(String[] args, int defaultParallelism) {
            String usage = "usage: FlinkBenchmark <job> [N] [P]   job: " + JobSpec.names();
            if (args.length < 1 || args.length > 3) {
                throw new IllegalArgumentException(usage);
            }
            JobSpec job = JobSpec.named(args[0]).orElseThrow(() -> new IllegalArgumentException(
                    "unknown job '" + args[0] + "'; " + usage));
            long records = args.length > 1 ? positive("N", args[1], Long.MAX_VALUE) : job.defaultRecords();
            int parallelism = (int) (args.length > 2 ? positive("P", args[2], 1024) : defaultParallelism);
            return new Invocation(job, records, parallelism);
        }

        private static long positive(String what, String text, long max) {
            long value;
            try {
                value = Long.parseLong(text.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a whole number, got '" + text + "'");
            }
            if (value < 1 || value > max) {
                throw new IllegalArgumentException(what + " must be between 1 and " + max + ", got " + value);
            }
            return value;
        }
    }
}
