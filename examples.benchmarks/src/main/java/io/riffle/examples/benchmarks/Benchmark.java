package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.core.execution.ExecutorContext;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Runs one benchmark job of JOBS.md and prints one {@code RESULT} line:
 * {@code Benchmark <job> [N] [P]}, with N defaulting to the job's JOBS.md default and P to the
 * number of cores. Wrong usage prints one line on stderr and exits with status 2.
 */
public final class Benchmark {

    /** Every job, in the order of JOBS.md, then the latency probe. */
    static final List<BenchmarkJob> JOBS = List.of(new WordCountJob(), new ChainJob(), new WindowJob(), new ShuffleBytesJob(),
            new FirstRecordJob());

    static final int USAGE = 2;

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            if (ExecutorContext.current().isPresent()) {
                // A cluster runs this main() in its own JVM: exiting would stop the cluster.
                throw new IllegalArgumentException("wrong usage of the benchmark, see its message on stderr");
            }
            System.exit(status);
        }
    }

    /** Runs the job {@code args} name and prints its {@code RESULT} line; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("benchmark: " + e.getMessage());
            return USAGE;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(invocation.parallelism());
        out.println(measure(invocation, env).line());
        return 0;
    }

    private static BenchmarkResult measure(Invocation invocation, StreamExecutionEnvironment env) throws Exception {
        BenchmarkJob job = invocation.job();
        long records = invocation.records();
        job.addTo(env, records);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        JobExecutionResult result = env.execute(job.name());
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpuAfter = processCpuNanos();
        double cpuSeconds = cpuBefore < 0 || cpuAfter < 0 ? -1 : (cpuAfter - cpuBefore) / 1e9;
        return new BenchmarkResult(job.name(), records, invocation.parallelism(), seconds, job.digest(result),
                job.extraFields(records, seconds, result), result.getNetRuntime() / 1e3, cpuSeconds);
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    static Optional<BenchmarkJob> job(String name) {
        return JOBS.stream().filter(job -> job.name().equals(name)).findFirst();
    }

    static String usage() {
        return "usage: Benchmark <job> [N] [P]   job: "
                + JOBS.stream().map(BenchmarkJob::name).collect(Collectors.joining("|"))
                + ", N: number of records (default per job), P: parallelism (default: number of cores)";
    }

    /** What the command line asks for. */
    record Invocation(BenchmarkJob job, long records, int parallelism) {

        /** @throws IllegalArgumentException with a one-line explanation if {@code args} are wrong */
        static Invocation parse(String[] args) {
            if (args.length < 1 || args.length > 3) {
                throw new IllegalArgumentException((args.length < 1 ? "no job given; " : "too many arguments; ") + usage());
            }
            BenchmarkJob job = Benchmark.job(args[0]).orElseThrow(() -> new IllegalArgumentException(
                    "unknown job '" + args[0] + "'; " + usage()));
            long records = args.length > 1 ? positive("N", args[1]) : job.defaultRecords();
            long parallelism = args.length > 2 ? positive("P", args[2]) : Runtime.getRuntime().availableProcessors();
            if (parallelism > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("P must be at most " + Integer.MAX_VALUE + ", got " + args[2]);
            }
            return new Invocation(job, records, (int) parallelism);
        }

        private static long positive(String what, String text) {
            long value;
            try {
                value = Long.parseLong(text.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " must be a whole number, got '" + text + "'; " + usage());
            }
            if (value < 1) {
                throw new IllegalArgumentException(what + " must be at least 1, got " + value + "; " + usage());
            }
            return value;
        }
    }
}
