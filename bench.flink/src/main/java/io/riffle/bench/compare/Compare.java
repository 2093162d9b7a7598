package io.riffle.bench.compare;

import io.riffle.bench.ceiling.CeilingLoops;
import io.riffle.bench.digest.JobSpec;
import io.riffle.bench.digest.JobsMdDigests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * bin/compare: for each job and parallelism, runs Riffle and Flink alternately (R F R F ..), each
 * run a fresh JVM, and prints every run ({@code RUN} lines), a table, and one {@code COMPARE} line
 * per job and parallelism; with the ceiling, each job's single-threaded loop first ({@code CEILING}).
 * Exits 0 when every digest matched, 1 otherwise, 2 on wrong usage.
 */
public final class Compare {

    /** Only there to stop a hung run; the slowest default run takes well under a minute. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(20);

    private final CompareOptions options;
    private final Engines engines;
    private final MeasuredProcess processes;
    private final QuietMachine quiet;
    private final Path logs;
    private final PrintStream out;

    Compare(CompareOptions options, Engines engines, MeasuredProcess processes, QuietMachine quiet, Path logs, PrintStream out) {
        this.options = options;
        this.engines = engines;
        this.processes = processes;
        this.quiet = quiet;
        this.logs = logs;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(CompareOptions.USAGE);
            return;
        }
        CompareOptions options;
        try {
            options = CompareOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("compare: " + e.getMessage());
            System.err.println(CompareOptions.USAGE);
            System.exit(2);
            return;
        }
        CpuAccounting accounting = CpuAccounting.detect();
        Path logs = Files.createTempDirectory("riffle-compare-");
        boolean matched;
        try (QuietMachine quiet = new QuietMachine(options.quietWait(), Runtime.getRuntime().availableProcessors())) {
            Compare compare = new Compare(options, Engines.in(options.home()), new MeasuredProcess(accounting, RUN_TIMEOUT),
                    quiet, logs, System.out);
            compare.header(accounting);
            matched = compare.run();
        } catch (IOException e) {
            // a run that failed or hung, or a missing build: the message names the run and its log
            System.err.println("compare: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.exit(matched ? 0 : 1);
    }

    private void header(CpuAccounting accounting) {
        out.printf(Locale.ROOT, "Riffle vs Apache Flink 1.20.5: jobs %s, parallelism %s, %d runs each, alternating, each run a fresh JVM%n",
                options.jobs().stream().map(JobSpec::jobName).toList(), options.parallelisms(), options.runs());
        String riffle = options.cluster()
                ? "Riffle: bin/bench --cluster (a JobManager and two TaskManager JVMs, 2 GiB heap each, fresh per run; seconds: 'riffle run')."
                : "Riffle: bin/bench (the local cluster in one JVM, -Xms4g -Xmx4g; seconds: execute()).";
        String flink = options.flink().equals(CompareOptions.STANDALONE)
                ? "Flink: a standalone cluster (a JobManager and two TaskManager JVMs, 2 GiB heap each, fresh per run; seconds: the"
                        + " client JVM that uploads the job and waits for its end)."
                : "Flink: its MiniCluster in one JVM (-Xms4g -Xmx4g; seconds: execute(), MiniCluster start and stop included)"
                        + (options.cluster() ? ", NOT like for like with Riffle's cluster." : ".");
        out.println(riffle + " " + flink);
        out.printf(Locale.ROOT, "%d cores; other_cpu_s counts the machine's busy time minus the run's processes, by %s;"
                + " a run is noisy when other_cpu_s > 0.3 + 0.05 * its wall seconds; each run waits up to %d s for the machine"
                + " to be below 15 %% busy%n", Runtime.getRuntime().availableProcessors(), accounting.describe(),
                options.quietWait().toSeconds());
        out.println("logs of every run: " + logs);
    }

    /** Runs everything; returns whether every digest matched. */
    boolean run() throws IOException, InterruptedException {
        List<Comparison> comparisons = new ArrayList<>();
        for (JobSpec job : options.jobs()) {
            long records = options.recordsOf(job);
            String expected = JobsMdDigests.of(job.jobName(), records).orElseGet(() -> {
                out.printf(Locale.ROOT, "%s at N=%d: JOBS.md lists no digest; expecting the sequential loop's%n", job.jobName(), records);
                return CeilingLoops.run(job, records);
            });
            OptionalDouble ceiling = options.ceiling() ? ceiling(job, records, expected) : OptionalDouble.empty();
            for (int parallelism : options.parallelisms()) {
                List<RunSample> riffle = new ArrayList<>();
                List<RunSample> flink = new ArrayList<>();
                for (int index = 1; index <= options.runs(); index++) {
                    riffle.add(measure("riffle", engines.riffle(job, records, parallelism, options.cluster()), job, parallelism, index, expected));
                    flink.add(measure("flink", engines.flink(job, records, parallelism, options.flink()), job, parallelism, index, expected));
                }
                Comparison comparison = new Comparison(job, parallelism, options.mode(), options.flink(), records, expected, riffle, flink, ceiling);
                out.println(comparison.line());
                comparisons.add(comparison);
            }
        }
        out.println();
        out.print(ComparisonTable.of(comparisons));
        out.println();
        comparisons.forEach(comparison -> out.println(comparison.line()));
        return comparisons.stream().allMatch(Comparison::digestsMatch);
    }

    private RunSample measure(String engine, List<String> command, JobSpec job, int parallelism, int index, String expected)
            throws IOException, InterruptedException {
        Path log = logs.resolve(String.format(Locale.ROOT, "%s-%s-p%d-%d.log", engine, job.jobName(), parallelism, index));
        double waited = quiet.await();
        MeasuredProcess.Outcome outcome = processes.run(command, log);
        ResultLine result = ResultLine.find("RESULT", outcome.output()).filter(line -> outcome.exitCode() == 0)
                .orElseThrow(() -> new IOException(engine + " run " + index + " of " + job.jobName() + " at p=" + parallelism
                        + " failed (exit code " + outcome.exitCode() + ", no RESULT line); see " + log));
        RunSample sample = RunSample.of(engine, index, result, outcome, waited);
        out.println(sample.line(job.jobName(), parallelism, options.runs(), sample.digest().equals(expected)));
        return sample;
    }

    private OptionalDouble ceiling(JobSpec job, long records, String expected) throws IOException, InterruptedException {
        Path log = logs.resolve("ceiling-" + job.jobName() + ".log");
        quiet.await();
        MeasuredProcess.Outcome outcome = processes.run(engines.ceiling(job, records, 5), log);
        ResultLine result = ResultLine.find("CEILING", outcome.output()).filter(line -> outcome.exitCode() == 0)
                .orElseThrow(() -> new IOException("the " + job.jobName() + " loop failed (exit code " + outcome.exitCode() + "); see " + log));
        out.printf(Locale.ROOT, "CEILING job=%s n=%d threads=1 runs=5 seconds_median=%s rps=%s digest=%s digest_ok=%s other_cpu_s=%.2f%s%n",
                job.jobName(), records, result.text("seconds"), result.text("rps"), result.text("digest"),
                result.text("digest").equals(expected), outcome.otherCpuSeconds(),
                RunSample.noisy(outcome.otherCpuSeconds(), outcome.wallSeconds()) ? " noisy" : "");
        return OptionalDouble.of(result.number("rps"));
    }
}
