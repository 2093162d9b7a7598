package io.riffle.launcher.internal.cli;

import io.riffle.launcher.internal.config.InvalidConfigurationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
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

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
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
            List<?> jobs = (List<?>) ((Map<?, ?>) JsonReader.read(get(base + "/jobs/overview"))).get("jobs");
            print(out, jobs);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("riffle list: cannot reach the JobManager at " + base + ": " + reason(e));
            if (jobManager.verbose()) {
                e.printStackTrace(err);
            }
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("riffle list: interrupted");
            return 1;
        }
    }

    private static String get(String uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + uri + ": " + response.body());
        }
        return response.body();
    }

    /** The JDK's HttpClient often wraps the cause, and its ConnectException may carry no message. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return t.getMessage() != null ? t.getMessage() : "Connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + TIMEOUT.toSeconds() + " s";
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
