package io.riffle.examples.benchmarks;

import io.riffle.api.common.JobExecutionResult;
import io.riffle.api.common.JobID;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code RESULT} line of a benchmark job that {@code riffle run} ran on a cluster: on a cluster,
 * the job's {@code main()} runs in the JobManager, so bin/bench reads what the client printed (the
 * job id, {@code Job Runtime: N ms} and Flink's {@code Accumulator Results} lines) and this class
 * computes the digest from the accumulators, as {@link Benchmark} does from the result in its JVM.
 *
 * <p>{@code ClusterRunReport <job> <N> <P> <client seconds>}, the client's output on stdin; or
 * {@code ClusterRunReport --default-records <job>}, which prints the job's JOBS.md size. The
 * {@code seconds} field is the client's wall time: upload, run, deployment, the job, and noticing
 * its end; {@code job_seconds} is the JobManager's job runtime.
 */
public final class ClusterRunReport {

    private static final Pattern ACCUMULATOR = Pattern.compile("^- (\\S+) \\(java\\.lang\\.Long\\): (-?\\d+)$");
    private static final Pattern RUNTIME = Pattern.compile("^Job Runtime: (\\d+) ms$");
    private static final Pattern SUBMITTED = Pattern.compile("^Job has been submitted with JobID ([0-9a-f]{32})$");

    private ClusterRunReport() {}

    public static void main(String[] args) throws IOException {
        boolean defaults = args.length == 2 && args[0].equals("--default-records");
        if (!defaults && args.length != 4) {
            System.err.println("usage: ClusterRunReport <job> <N> <P> <client seconds> < riffle-run-output");
            System.exit(Benchmark.USAGE);
        }
        try {
            System.out.println(defaults ? Long.toString(Benchmark.Invocation.parse(new String[] {args[1]}).records())
                    : report(args, new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(1);
        }
    }

    static String report(String[] args, Reader clientOutput) throws IOException {
        Benchmark.Invocation invocation = Benchmark.Invocation.parse(new String[] {args[0], args[1], args[2]});
        double seconds = Double.parseDouble(args[3]);
        Map<String, Object> accumulators = new HashMap<>();
        long runtimeMillis = -1;
        JobID jobId = null;
        BufferedReader lines = new BufferedReader(clientOutput);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher accumulator = ACCUMULATOR.matcher(line.strip());
            Matcher runtime = RUNTIME.matcher(line.strip());
            Matcher submitted = SUBMITTED.matcher(line.strip());
            if (accumulator.matches()) {
                accumulators.put(accumulator.group(1), Long.parseLong(accumulator.group(2)));
            } else if (runtime.matches()) {
                runtimeMillis = Long.parseLong(runtime.group(1));
            } else if (submitted.matches()) {
                jobId = JobID.fromHexString(submitted.group(1));
            }
        }
        if (jobId == null || runtimeMillis < 0) {
            throw new IllegalArgumentException("the job did not finish: riffle run printed no job id or no job runtime");
        }
        BenchmarkJob job = invocation.job();
        JobExecutionResult result = new JobExecutionResult(jobId, runtimeMillis, accumulators);
        return new BenchmarkResult(job.name(), invocation.records(), invocation.parallelism(), seconds, job.digest(result),
                job.extraFields(invocation.records(), seconds, result), runtimeMillis / 1e3, -1).line();
    }
}
