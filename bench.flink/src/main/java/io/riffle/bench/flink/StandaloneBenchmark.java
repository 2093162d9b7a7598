package io.riffle.bench.flink;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one JOBS.md job on a fresh Flink standalone cluster, as bin/bench --cluster runs Riffle's:
 * starts the cluster ({@link StandaloneCluster}), submits the job from a client JVM of its own
 * ({@link RemoteSubmit}), stops the cluster, and prints the {@code RESULT} line of
 * {@link FlinkBenchmark}: {@code seconds} is the client's wall time (JVM start to exit: upload,
 * deployment, job, noticing its end), {@code job_seconds} the JobManager's job runtime, {@code cpu_s}
 * and {@code other_cpu_s} -1 (the driver measures the CPU of the whole process tree), then
 * {@code tm_peak_rss_mb}, the largest resident set a TaskManager reached.
 *
 * <p>{@code StandaloneBenchmark <job> [N] [P]}; wrong usage prints one line on stderr and exits with 2,
 * a failed run prints why (and the cluster's logs) and exits with 1.
 */
public final class StandaloneBenchmark {

    /** Only there to stop a hung client; the slowest default job takes well under a minute. */
    private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(15);
    private static final Pattern SUBMITTED = Pattern.compile("^SUBMITTED digest=(\\S+) job_seconds=(\\S+)$", Pattern.MULTILINE);

    private StandaloneBenchmark() {}

    public static void main(String[] args) throws Exception {
        FlinkBenchmark.Invocation invocation;
        try {
            invocation = FlinkBenchmark.Invocation.parse(args, Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            System.err.println("flink-standalone: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path scratch = Files.createTempDirectory("flink-standalone-client-");
        try {
            System.out.println(run(invocation, FlinkInstallation.ofThisJvm(scratch), scratch));
        } catch (IOException e) {
            System.err.println("flink-standalone: " + e.getMessage());
            System.exit(1);
        } finally {
            deleteScratch(scratch);
        }
    }

    /** Starts a cluster, runs the job on it from a client JVM, stops the cluster; returns the {@code RESULT} line. */
    static String run(FlinkBenchmark.Invocation invocation, FlinkInstallation flink, Path scratch) throws IOException, InterruptedException {
        try (StandaloneCluster cluster = StandaloneCluster.start(flink, invocation.parallelism())) {
            Path output = scratch.resolve("client.out");
            List<String> command = client(flink, cluster.restPort(), invocation);
            long start = System.nanoTime();
            Process client = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            try {
                if (!client.waitFor(CLIENT_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                    throw new IOException("the client did not end within " + CLIENT_TIMEOUT.toMinutes() + " min\n" + cluster.logs());
                }
            } finally {
                client.destroyForcibly().waitFor();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Matcher submitted = SUBMITTED.matcher(printed);
            if (client.exitValue() != 0 || !submitted.find()) {
                throw new IOException("the client failed (exit code " + client.exitValue() + "):\n" + printed + "\n" + cluster.logs());
            }
            long peakRss = cluster.taskManagerPeakRssMb();
            return FlinkBenchmark.line(invocation, seconds, submitted.group(1), Double.parseDouble(submitted.group(2)), -1, -1)
                    + " tm_peak_rss_mb=" + peakRss;
        }
    }

    private static List<String> client(FlinkInstallation flink, int restPort, FlinkBenchmark.Invocation invocation) {
        List<String> command = new ArrayList<>(List.of(flink.java().toString()));
        command.addAll(FlinkJavaOpts.list());
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", flink.jobJar() + File.pathSeparator + flink.classPath(), RemoteSubmit.class.getName(),
                StandaloneCluster.HOST, Integer.toString(restPort), flink.jobJar().toString(),
                invocation.job().jobName(), Long.toString(invocation.records()), Integer.toString(invocation.parallelism())));
        return command;
    }

    private static void deleteScratch(Path scratch) throws IOException {
        try (Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(scratch);
    }
}
