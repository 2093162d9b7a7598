package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.InvalidConfigurationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code riffle list}: the jobs of a cluster, read from the JobManager's REST API
 * ({@code GET /jobs/overview}) and printed as {@code flink list} prints them.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Verb: list the running and terminated jobs of a cluster, from the JobManager's REST API.")
final class ListCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final String RULE = "--------------------------------------------------------------";

    @Mixin
    private JobManagerOptions jobManager;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String base;
        try {
            base = jobManager.baseUrl();
        } catch (InvalidConfigurationException e) {
            err.println("riffle list: " + e.getMessage());
            return 2;
        }
        try {
            List<?> jobs = (List<?>) new RestClient(base).get("/jobs/overview").get("jobs");
            print(out, jobs);
            return 0;
        } catch (IOException | InterruptedException | RuntimeException e) {
            return ClientFailures.report(err, "list", base, e, jobManager.verbose());
        }
    }

    /** HTTP clients often wrap the cause, and a ConnectException may carry no message. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return t.getMessage() != null ? t.getMessage() : "Connection refused";
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "no answer within " + RestClient.REQUEST_TIMEOUT.toSeconds() + " s";
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return failure.getClass().getSimpleName();
    }

    private static void print(PrintWriter out, List<?> jobs) {
        List<Map<?, ?>> all = jobs.stream().<Map<?, ?>>map(job -> (Map<?, ?>) job).toList();
        List<Map<?, ?>> running = all.stream().filter(job -> !terminal(job)).toList();
        List<Map<?, ?>> terminated = all.stream().filter(ListCommand::terminal).toList();
        section(out, running, "------------------ Running/Restarting Jobs -------------------", "No running jobs.");
        section(out, terminated, "---------------------- Terminated Jobs -----------------------", "No terminated jobs.");
    }

    private static void section(PrintWriter out, List<Map<?, ?>> jobs, String header, String none) {
        if (jobs.isEmpty()) {
            out.println(none);
            return;
        }
        out.println(header);
        for (Map<?, ?> job : jobs) {
            long start = ((Number) job.get("start-time")).longValue();
            out.println(TIME.format(Instant.ofEpochMilli(start)) + " : " + job.get("jid") + " : " + job.get("name") + " (" + job.get("state") + ")");
        }
        out.println(RULE);
    }

    private static boolean terminal(Map<?, ?> job) {
        return List.of("FINISHED", "CANCELED", "FAILED").contains(String.valueOf(job.get("state")));
    }
}
