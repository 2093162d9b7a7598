package io.riffle.launcher.internal.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code riffle run}: uploads a job bundle to the JobManager ({@code POST /jars/upload}), runs it
 * ({@code POST /jars/:jarid/run}) and, unless detached, follows the job to its end. Ctrl-C while
 * following only detaches: the job keeps running (as with Flink, without shutdown-on-attached-exit).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Verb: submit a job bundle to a cluster's JobManager and, unless detached, follow the job to its end.")
final class RunCommand implements Callable<Integer> {

    /** How long an attached client follows a job at most. */
    static final Duration FOLLOW_TIMEOUT = Duration.ofDays(365);
    private static final int ROOT_CAUSE_LINES = 8;

    @Mixin
    private JobManagerOptions jobManager;

    @Mixin
    private ProgramOptions program;

    @Option(names = {"-d", "--detached"}, description = "Print the job id and exit once the job is submitted.")
    private boolean detached;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!program.valid("run", err)) {
            return 2;
        }
        Optional<RestClient> rest = jobManager.restClient("run", err);
        if (rest.isEmpty()) {
            return 2;
        }
        RestClient client = rest.get();
        String jobId;
        try {
            JobBundleFile.check(program.bundle());
            String jarId = client.upload(program.bundle());
            Map<?, ?> answer = client.post("/jars/" + RestClient.encode(jarId) + "/run", program.body(),
                    RestClient.PROGRAM_TIMEOUT);
            jobId = String.valueOf(answer.get("jobid"));
        } catch (Exception e) {
            return ClientFailures.report(err, "run", client.base(), e, jobManager.verbose());
        }
        out.println("Job has been submitted with JobID " + jobId);
        out.flush();
        if (detached) {
            return 0;
        }
        return follow(client, jobId, out, err);
    }

    private int follow(RestClient client, String jobId, PrintWriter out, PrintWriter err) {
        AtomicBoolean ended = new AtomicBoolean();
        Thread detach = new Thread(() -> {
            if (!ended.get()) {
                err.println("riffle run: detached from job " + jobId + "; it keeps running (stop it with 'riffle cancel " + jobId + "')");
                err.flush();
            }
        }, "riffle-detach");
        Runtime.getRuntime().addShutdownHook(detach);
        try {
            Map<?, ?> job = new JobFollower(client, jobId, out).follow(FOLLOW_TIMEOUT);
            ended.set(true);
            String state = String.valueOf(job.get("state"));
            switch (state) {
                case "FINISHED" -> {
                    out.println("Job with JobID " + jobId + " has finished.");
                    out.println("Job Runtime: " + ((Number) job.get("duration")).longValue() + " ms");
                    printAccumulators(client, jobId, out);
                    return 0;
                }
                case "CANCELED" -> {
                    err.println("riffle run: job " + jobId + " was cancelled");
                    return 1;
                }
                default -> {
                    err.println("riffle run: job " + jobId + " failed: " + rootCause(client, jobId));
                    return 1;
                }
            }
        } catch (Exception e) {
            ended.set(true);
            return ClientFailures.report(err, "run", client.base(), e, jobManager.verbose());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(detach);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook says we detached
            }
        }
    }

    /** Flink's lines: "Accumulator Results:", then "- name (type): value" per user accumulator. */
    private static void printAccumulators(RestClient client, String jobId, PrintWriter out) throws Exception {
        Object user = client.get("/jobs/" + jobId + "/accumulators").get("user-task-accumulators");
        if (user instanceof List<?> accumulators && !accumulators.isEmpty()) {
            out.println("Accumulator Results:");
            for (Object accumulator : accumulators) {
                Map<?, ?> fields = (Map<?, ?>) accumulator;
                out.println("- " + fields.get("name") + " (" + fields.get("type") + "): " + fields.get("value"));
            }
        }
    }

    /** The first lines of the job's root exception. */
    private static String rootCause(RestClient client, String jobId) throws Exception {
        Object root = client.get("/jobs/" + jobId + "/exceptions").get("root-exception");
        if (root == null) {
            return "(no root exception reported)";
        }
        List<String> lines = Arrays.asList(String.valueOf(root).strip().split("\\R"));
        String shown = String.join(System.lineSeparator(), lines.subList(0, Math.min(ROOT_CAUSE_LINES, lines.size())));
        return lines.size() > ROOT_CAUSE_LINES ? shown + System.lineSeparator() + "\t..." : shown;
    }
}
