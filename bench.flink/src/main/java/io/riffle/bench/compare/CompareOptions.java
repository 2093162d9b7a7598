package io.riffle.bench.compare;

import io.riffle.bench.digest.JobSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * What bin/compare was asked for.
 *
 * @param records N for every job, or empty for each job's JOBS.md size
 * @param cluster Riffle on a JobManager and two TaskManager JVMs (bin/bench --cluster) instead of its local cluster
 * @param flink what Flink runs on: {@code minicluster} (one JVM) or {@code standalone} (a JobManager and two
 *     TaskManager JVMs and a client JVM); by default standalone with {@code --cluster}, the MiniCluster otherwise
 * @param ceiling also time each job's single-threaded loop
 * @param quietWait how long to wait at most before each run for the machine to be quiet; zero: not at all
 */
record CompareOptions(Path home, List<JobSpec> jobs, OptionalLong records, int runs, List<Integer> parallelisms,
        boolean cluster, String flink, boolean ceiling, Duration quietWait) {

    static final String MINICLUSTER = "minicluster";
    static final String STANDALONE = "standalone";

    static final String USAGE = String.join("\n",
            "usage: bin/compare [--jobs J,..] [--records N] [--runs R] [--parallelism P,..] [--cluster]"
                    + " [--flink minicluster|standalone] [--no-ceiling] [--quiet-wait S]",
            "  --jobs         jobs to run, comma-separated: " + JobSpec.names() + " (default: all four)",
            "  --records, -n  N for every job (default: each job's JOBS.md size)",
            "  --runs, -r     runs of each engine per job and parallelism, alternating Riffle and Flink (default 5)",
            "  --parallelism, -p  parallelisms, comma-separated (default 1,2)",
            "  --cluster      Riffle on a JobManager + 2 TaskManager JVMs (bin/bench --cluster), and by default Flink on",
            "                 a standalone cluster of the same shape; both started fresh for each run, seconds = the client's wall time",
            "  --flink        what Flink runs on: minicluster (one JVM, execute() timed) or standalone (a JobManager + 2",
            "                 TaskManager JVMs, 2 GiB heap each, and a client JVM that uploads the job; its wall time is timed);",
            "                 default: standalone with --cluster, minicluster otherwise",
            "  --no-ceiling   skip the single-threaded loops",
            "  --quiet-wait   before each run, wait up to S seconds until the machine is below 15 % busy (default 30; 0: no wait)");

    CompareOptions {
        jobs = List.copyOf(jobs);
        parallelisms = List.copyOf(parallelisms);
    }

    long recordsOf(JobSpec job) {
        return records.orElse(job.defaultRecords());
    }

    String mode() {
        return cluster ? "cluster" : "local";
    }

    /** Parses {@code --home DIR} (from bin/compare) and the options of {@link #USAGE}. */
    static CompareOptions parse(String... args) {
        Path home = null;
        List<JobSpec> jobs = List.of(JobSpec.values());
        OptionalLong records = OptionalLong.empty();
        int runs = 5;
        List<Integer> parallelisms = List.of(1, 2);
        boolean cluster = false;
        String flink = null;
        boolean ceiling = true;
        Duration quietWait = Duration.ofSeconds(30);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--cluster" -> cluster = true;
                case "--no-ceiling" -> ceiling = false;
                case "--flink" -> flink = flinkSetup(value(args, ++i, option));
                case "--home" -> home = Path.of(value(args, ++i, option));
                case "--jobs" -> jobs = jobs(value(args, ++i, option));
                case "--records", "-n" -> records = OptionalLong.of(number(value(args, ++i, option), option, 1, Long.MAX_VALUE));
                case "--runs", "-r" -> runs = (int) number(value(args, ++i, option), option, 1, 1000);
                case "--parallelism", "-p" -> parallelisms = parallelisms(value(args, ++i, option));
                case "--quiet-wait" -> quietWait = Duration.ofSeconds(number(value(args, ++i, option), option, 0, 3600));
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (home == null) {
            throw new IllegalArgumentException("--home (the repository root) is missing");
        }
        if (flink == null) {
            flink = cluster ? STANDALONE : MINICLUSTER;
        }
        return new CompareOptions(home, jobs, records, runs, parallelisms, cluster, flink, ceiling, quietWait);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static String flinkSetup(String text) {
        if (!text.equals(MINICLUSTER) && !text.equals(STANDALONE)) {
            throw new IllegalArgumentException("--flink is " + MINICLUSTER + " or " + STANDALONE + ", got '" + text + "'");
        }
        return text;
    }

    private static List<JobSpec> jobs(String list) {
        List<JobSpec> jobs = new ArrayList<>();
        for (String name : list.split(",")) {
            JobSpec job = JobSpec.named(name.trim()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown job '" + name.trim() + "'; jobs: " + JobSpec.names()));
            if (!jobs.contains(job)) {
                jobs.add(job);
            }
        }
        return jobs;
    }

    private static List<Integer> parallelisms(String list) {
        List<Integer> parallelisms = new ArrayList<>();
        for (String text : list.split(",")) {
            int parallelism = (int) number(text.trim(), "--parallelism", 1, 64);
            if (!parallelisms.contains(parallelism)) {
                parallelisms.add(parallelism);
            }
        }
        return parallelisms;
    }

    private static long number(String text, String option, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }
}
