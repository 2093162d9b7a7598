package io.riffle.jobmanager.internal.dispatcher;

import io.riffle.api.common.JobID;
import io.riffle.api.common.JobStatus;
import io.riffle.jobmanager.internal.jobmaster.JobMaster;
import io.riffle.jobmanager.internal.jobmaster.JobMasterSettings;
import io.riffle.jobmanager.internal.jobmaster.RestartStrategy;
import io.riffle.runtime.cluster.JobClassLoaders;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobDetails;
import io.riffle.runtime.dispatcher.JobResult;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import io.riffle.runtime.endpoint.MainThreadExecutor;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.status.ResourceManagerStatus;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts jobs and starts one {@link JobMaster} per job; answers for running and recently ended
 * jobs. Keeps the results of the last {@value #HISTORY} ended jobs, so its memory stays bounded in a
 * long-running session.
 *
 * <p>Threading: job bookkeeping runs on the Dispatcher's main thread.
 */
@Component(service = DispatcherGateway.class, configurationPid = Dispatcher.CLUSTER_PID)
@Designate(ocd = JobMasterConfiguration.class)
public final class Dispatcher implements DispatcherGateway, AutoCloseable {

    /** The cluster configuration the launcher writes from riffle.yaml (optional: defaults without it). */
    static final String CLUSTER_PID = "io.riffle.cluster";

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    static final int HISTORY = 100;

    private final ResourceManagerGateway resourceManager;
    private final ResourceManagerStatus cluster;
    private final JobClassLoaders classLoaders;
    private final List<ClassLoader> frameworkLoaders;
    private final ScheduledExecutorService timers = TimerThread.create("riffle-dispatcher-timers");
    private final JobMasterSettings jobMasterSettings;
    private final JobMasterPublisher jobMasters;
    private final MainThreadExecutor mainThread = new MainThreadExecutor("riffle-dispatcher", 4096);

    // main thread
    private final Map<JobID, RunningJob> running = new LinkedHashMap<>();
    private final Map<JobID, JobResult> ended = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<JobID, JobResult> eldest) {
            return size() > HISTORY;
        }
    };

    // main thread: what GET /jobs/:jobid tells of an ended job, bounded like the results
    private final Map<JobID, JobDetails> endedDetails = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<JobID, JobDetails> eldest) {
            return size() > HISTORY;
        }
    };

    /** @param settled completes once the Dispatcher has recorded the job's end, so what it answers afterwards knows of it */
    private record RunningJob(JobGraph graph, JobMaster jobMaster, long startMillis, CompletableFuture<JobResult> settled) {}

    @Activate
    public Dispatcher(JobMasterConfiguration configuration, BundleContext context, @Reference ResourceManagerGateway resourceManager,
            @Reference ResourceManagerStatus cluster, @Reference JobClassLoaders classLoaders) {
        this(resourceManager, cluster, classLoaders, List.of(StreamExecutionEnvironment.class.getClassLoader()), settings(configuration),
                new ServiceJobMasterPublisher(context));
    }

    static JobMasterSettings settings(JobMasterConfiguration configuration) {
        return new JobMasterSettings(Duration.ofMillis(configuration.slot_request_timeout()),
                new HeartbeatSettings(configuration.heartbeat_interval(), configuration.heartbeat_timeout(),
                        HeartbeatSettings.DEFAULT_FAILURE_THRESHOLD),
                RestartStrategy.of(configuration.restart$_$strategy_type(), configuration.restart$_$strategy_fixed$_$delay_attempts(),
                        Duration.ofMillis(configuration.restart$_$strategy_fixed$_$delay_delay())));
    }

    /**
     * @param cluster what the ResourceManager knows of the TaskManagers, for the message of a job that gets too few slots
     * @param frameworkLoaders loaders of the runtime's own classes that user code bytes may name
     *     (the API bundle's), tried after the job's class loader
     */
    public Dispatcher(ResourceManagerGateway resourceManager, ResourceManagerStatus cluster, JobClassLoaders classLoaders,
            List<ClassLoader> frameworkLoaders, JobMasterSettings jobMasterSettings) {
        this(resourceManager, cluster, classLoaders, frameworkLoaders, jobMasterSettings, JobMasterPublisher.NONE);
    }

    /** @param jobMasters makes the JobMasters reachable from TaskManagers in other processes */
    public Dispatcher(ResourceManagerGateway resourceManager, ResourceManagerStatus cluster, JobClassLoaders classLoaders,
            List<ClassLoader> frameworkLoaders, JobMasterSettings jobMasterSettings, JobMasterPublisher jobMasters) {
        this.jobMasters = jobMasters;
        this.resourceManager = resourceManager;
        this.cluster = cluster;
        this.classLoaders = classLoaders;
        this.frameworkLoaders = List.copyOf(frameworkLoaders);
        this.jobMasterSettings = jobMasterSettings;
    }

    @Override
    public CompletableFuture<Void> submitJob(JobGraph jobGraph) {
        return supply(() -> {
            JobID jobId = jobGraph.jobId();
            if (running.containsKey(jobId) || ended.containsKey(jobId)) {
                throw new IllegalStateException("a job with id " + jobId + " was already submitted");
            }
            ClassLoader loader = classLoaders.lookup(jobId).orElseThrow(() -> new IllegalStateException(
                    "no class loader is registered for job " + jobId + "; register the job's classes before submitting it"));
            JobMaster jobMaster = new JobMaster(jobGraph, loader, frameworkLoaders, resourceManager, cluster, timers, jobMasterSettings);
            RunningJob job = new RunningJob(jobGraph, jobMaster, System.currentTimeMillis(), new CompletableFuture<>());
            running.put(jobId, job);
            jobMaster.resultFuture().whenComplete((result, failure) -> {
                try {
                    mainThread.execute(() -> onJobEnded(jobId, result, failure));
                } catch (RejectedExecutionException e) {
                    settle(job, result, failure); // the Dispatcher stopped: whoever waits still hears how the job ended
                }
            });
            jobMasters.publish(jobId, jobMaster);
            jobMaster.start();
            return null;
        });
    }

    private void onJobEnded(JobID jobId, JobResult result, Throwable failure) {
        RunningJob job = running.remove(jobId);
        jobMasters.withdraw(jobId);
        if (result != null) {
            ended.put(jobId, result);
            if (job != null) {
                endedDetails.put(jobId, JobDetailsSnapshot.ended(job.graph(), result, job.startMillis(), System.currentTimeMillis()));
            }
        }
        classLoaders.release(jobId);
        if (job != null) {
            settle(job, result, failure);
        }
    }

    private static void settle(RunningJob job, JobResult result, Throwable failure) {
        if (result != null) {
            job.settled().complete(result);
        } else {
            job.settled().completeExceptionally(failure);
        }
    }

    @Override
    public CompletableFuture<JobStatus> requestJobStatus(JobID jobId) {
        return supply(() -> {
            RunningJob job = running.get(jobId);
            if (job != null) {
                return job.jobMaster().status();
            }
            JobResult result = ended.get(jobId);
            if (result != null) {
                return result.status();
            }
            throw unknown(jobId);
        });
    }

    @Override
    public CompletableFuture<JobResult> requestJobResult(JobID jobId) {
        return supply(() -> {
            RunningJob job = running.get(jobId);
            if (job != null) {
                return job.settled();
            }
            JobResult result = ended.get(jobId);
            if (result != null) {
                return CompletableFuture.completedFuture(result);
            }
            throw unknown(jobId);
        }).thenCompose(future -> future);
    }

    @Override
    public CompletableFuture<Void> cancelJob(JobID jobId) {
        return supply(() -> {
            RunningJob job = running.get(jobId);
            if (job != null) {
                job.jobMaster().cancel();
                return null;
            }
            if (ended.containsKey(jobId)) {
                return null;
            }
            throw unknown(jobId);
        });
    }

    @Override
    public CompletableFuture<Collection<JobStatusMessage>> listJobs() {
        return supply(() -> {
            List<JobStatusMessage> jobs = new ArrayList<>();
            running.forEach((id, job) -> jobs.add(new JobStatusMessage(id, job.graph().name(), job.jobMaster().status(), job.startMillis())));
            ended.forEach((id, result) -> {
                JobDetails details = endedDetails.get(id);
                jobs.add(new JobStatusMessage(id, result.jobName(), result.status(), details == null ? -1 : details.startTime()));
            });
            return jobs;
        });
    }

    @Override
    public CompletableFuture<JobDetails> requestJobDetails(JobID jobId) {
        return supply(() -> {
            RunningJob job = running.get(jobId);
            if (job != null) {
                // the JobMaster may stop between the two calls: then the job ended, and its details are asked again
                return job.jobMaster().subtaskStates()
                        .thenApply(states -> JobDetailsSnapshot.running(job.graph(), job.jobMaster().status(), job.startMillis(), states))
                        .exceptionallyCompose(failure -> requestEndedDetails(jobId));
            }
            JobDetails details = endedDetails.get(jobId);
            if (details != null) {
                return CompletableFuture.completedFuture(details);
            }
            throw unknown(jobId);
        }).thenCompose(future -> future);
    }

    private CompletableFuture<JobDetails> requestEndedDetails(JobID jobId) {
        return requestJobResult(jobId).thenCompose(ignored -> supply(() -> {
            JobDetails details = endedDetails.get(jobId);
            if (details == null) {
                throw unknown(jobId);
            }
            return details;
        }));
    }

    private static NoSuchElementException unknown(JobID jobId) {
        return new NoSuchElementException("no job with id " + jobId + " is known to this cluster");
    }

    /** Cancels the running jobs and stops. */
    @Override
    @Deactivate
    public void close() {
        run(() -> running.forEach((jobId, job) -> {
            job.jobMaster().cancel();
            jobMasters.withdraw(jobId);
        }));
        mainThread.close();
        timers.shutdownNow();
    }

    private void run(Runnable action) {
        try {
            mainThread.execute(action);
        } catch (RejectedExecutionException e) {
            LOG.debug("Dispatcher stopped; dropping work", e);
        }
    }

    private <T> CompletableFuture<T> supply(Supplier<T> action) {
        try {
            return mainThread.supply(action);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
