package io.riffle.launcher.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Follows a job through the REST API ({@code GET /jobs/:jobid} every {@link #INTERVAL}) and prints
 * each change of its state with a timestamp, until it reaches a terminal state. A few failed polls
 * in a row (the JobManager went away) end the wait with that failure.
 */
final class JobFollower {

    /** Short, so that 'riffle run' returns soon after the job ends (a poll is one small GET). */
    static final Duration INTERVAL = Duration.ofMillis(50);
    static final List<String> TERMINAL = List.of("FINISHED", "FAILED", "CANCELED");
    /** About 0.75 s of failed polls in a row. */
    private static final int MAX_FAILED_POLLS = 15;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final RestClient client;
    private final String jobId;
    private final PrintWriter out;
    // the poller thread only
    private String lastState;
    private int failedPolls;

    JobFollower(RestClient client, String jobId, PrintWriter out) {
        this.client = client;
        this.jobId = jobId;
        this.out = out;
    }

    /** Blocks until the job is terminal, or {@code timeout} passed; returns the job's last details. */
    Map<?, ?> follow(Duration timeout) throws IOException, InterruptedException {
        CompletableFuture<Map<?, ?>> end = new CompletableFuture<>();
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "riffle-job-poller");
            thread.setDaemon(true);
            return thread;
        });
        try {
            poller.scheduleWithFixedDelay(() -> poll(end), 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            return end.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("job " + jobId + " did not end within " + timeout.toSeconds() + " s; it is " + lastState);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            poller.shutdownNow();
        }
    }

    private void poll(CompletableFuture<Map<?, ?>> end) {
        if (end.isDone()) {
            return;
        }
        try {
            Map<?, ?> job = client.get("/jobs/" + jobId);
            failedPolls = 0;
            String state = String.valueOf(job.get("state"));
            if (!state.equals(lastState)) {
                lastState = state;
                out.println(TIME.format(Instant.now()) + " Job " + jobId + " is " + state + ".");
                out.flush();
            }
            if (TERMINAL.contains(state)) {
                end.complete(job);
            }
        } catch (RestClient.RestException e) {
            end.completeExceptionally(e);
        } catch (IOException e) {
            if (++failedPolls >= MAX_FAILED_POLLS) {
                end.completeExceptionally(e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            end.completeExceptionally(e);
        }
    }
}
