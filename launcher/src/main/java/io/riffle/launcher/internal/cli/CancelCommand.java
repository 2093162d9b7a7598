package io.riffle.launcher.internal.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code riffle cancel <jobId>}: {@code PATCH /jobs/:jobid?mode=cancel}, then waits (bounded) until the job is CANCELED. */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Verb: cancel a running job.")
final class CancelCommand implements Callable<Integer> {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern JOB_ID = Pattern.compile("[0-9a-fA-F]{32}");

    @Mixin
    private JobManagerOptions jobManager;

    @Parameters(index = "0", paramLabel = "JOB_ID", description = "The job's id (32 hex digits, as 'riffle list' shows it).")
    private String jobId;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!JOB_ID.matcher(jobId).matches()) {
            err.println("riffle cancel: '" + jobId + "' is no job id: expected 32 hex digits");
            return 2;
        }
        Optional<RestClient> rest = jobManager.restClient("cancel", err);
        if (rest.isEmpty()) {
            return 2;
        }
        RestClient client = rest.get();
        try {
            client.patch("/jobs/" + jobId + "?mode=cancel");
            Map<?, ?> job = new JobFollower(client, jobId, new PrintWriter(Writer.nullWriter())).follow(TIMEOUT);
            String state = String.valueOf(job.get("state"));
            if (!"CANCELED".equals(state)) {
                err.println("riffle cancel: job " + jobId + " ended as " + state + " before it was cancelled");
                return 1;
            }
            out.println("Cancelled job " + jobId + ".");
            return 0;
        } catch (Exception e) {
            return ClientFailures.report(err, "cancel", client.base(), e, jobManager.verbose());
        }
    }
}
