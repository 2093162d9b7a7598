package io.riffle.jobmanager.internal.shell;

import io.riffle.api.common.JobID;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Gogo commands in scope {@code riffle} for the jobs of this cluster: {@code riffle:list}, {@code riffle:cancel}. */
@Component(service = JobCommands.class,
        property = {"osgi.command.scope=riffle", "osgi.command.function=list", "osgi.command.function=cancel"})
public final class JobCommands {

    private static final long TIMEOUT_SECONDS = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final DispatcherGateway dispatcher;

    @Activate
    public JobCommands(@Reference DispatcherGateway dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** {@code riffle:list}: running jobs, then recently ended ones, one per line as {@code flink list} prints them. */
    public String list() throws InterruptedException, ExecutionException, TimeoutException {
        return describe(dispatcher.listJobs().get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    /** {@code riffle:cancel <jobId>}. */
    public String cancel(String jobId) throws InterruptedException, TimeoutException {
        JobID id;
        try {
            id = JobID.fromHexString(jobId);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        try {
            dispatcher.cancelJob(id).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return "Cancelling job " + id + ".";
        } catch (ExecutionException e) {
            return "Cannot cancel job " + id + ": " + e.getCause().getMessage();
        }
    }

    static String describe(Collection<JobStatusMessage> jobs) {
        if (jobs.isEmpty()) {
            return "No jobs.";
        }
        StringBuilder text = new StringBuilder();
        for (JobStatusMessage job : jobs) {
            String started = job.startTimeMillis() < 0 ? "ended" : TIME.format(Instant.ofEpochMilli(job.startTimeMillis()));
            text.append(started).append(" : ").append(job.jobId()).append(" : ").append(job.jobName())
                    .append(" (").append(job.status()).append(')').append(System.lineSeparator());
        }
        return text.toString().stripTrailing();
    }
}
