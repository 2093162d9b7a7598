package io.riffle.test.util;

import io.riffle.api.common.JobID;
import io.riffle.configuration.Configuration;
import io.riffle.configuration.CoreOptions;
import io.riffle.core.execution.ExecutorContext;
import io.riffle.embedded.MiniCluster;
import io.riffle.embedded.MiniClusterConfiguration;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.dispatcher.JobStatusMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.rules.ExternalResource;

/**
 * A {@link MiniCluster} for the jobs of a test, as Flink's {@code MiniClusterWithClientResource}.
 * As a {@code @ClassRule} one cluster serves every test of the class; as a {@code @Rule}, each test
 * gets its own.
 *
 * <p>While the resource is active, {@code StreamExecutionEnvironment.getExecutionEnvironment()}
 * called on the thread that started it (JUnit's, for a class rule) or on any thread started from
 * there (a test run with a timeout, the test's own threads) returns an environment that submits to
 * this cluster, with a default parallelism of the cluster's slot count — unless the resource's
 * configuration sets {@code parallelism.default}. The binding goes through
 * {@link ExecutorContext#bind}, so it ends with the resource and never leaks into other test
 * classes.
 *
 * <p>{@link #after()} cancels jobs still running, then stops the cluster.
 */
public class MiniClusterWithClientResource extends ExternalResource {

    private static final long CANCEL_TIMEOUT_SECONDS = 30;

    private final MiniClusterResourceConfiguration resourceConfiguration;
    private MiniCluster miniCluster;
    private ExecutorContext.Scope binding;

    public MiniClusterWithClientResource(MiniClusterResourceConfiguration resourceConfiguration) {
        this.resourceConfiguration = resourceConfiguration;
    }

    @Override
    protected void before() throws Throwable {
        if (miniCluster != null) {
            throw new IllegalStateException("the mini cluster resource is already started");
        }
        Configuration configuration = resourceConfiguration.getConfiguration();
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration(resourceConfiguration.getNumberTaskManagers(),
                resourceConfiguration.getNumberSlotsPerTaskManager(), configuration));
        try {
            cluster.start();
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
        Configuration jobDefaults = new Configuration(configuration);
        if (!jobDefaults.contains(CoreOptions.DEFAULT_PARALLELISM)) {
            jobDefaults.set(CoreOptions.DEFAULT_PARALLELISM, resourceConfiguration.getNumberSlots());
        }
        miniCluster = cluster;
        binding = ExecutorContext.bind(new ExecutorContext.Binding(cluster.executor(), jobDefaults));
    }

    @Override
    protected void after() {
        if (miniCluster == null) {
            return;
        }
        try {
            binding.close();
            cancelAllJobs();
        } finally {
            miniCluster.close();
            miniCluster = null;
            binding = null;
        }
    }

    /** The running cluster; fails outside the resource's lifetime. */
    public MiniCluster getMiniCluster() {
        if (miniCluster == null) {
            throw new IllegalStateException("the mini cluster resource is not started: use it as a @ClassRule or @Rule");
        }
        return miniCluster;
    }

    /** Slots of the whole cluster: the default parallelism of jobs built under the resource. */
    public int getNumberSlots() {
        return resourceConfiguration.getNumberSlots();
    }

    /** Cancels every job that has not ended and waits until they have. */
    public void cancelAllJobs() {
        DispatcherGateway dispatcher = getMiniCluster().dispatcher();
        try {
            List<CompletableFuture<?>> ends = new ArrayList<>();
            for (JobStatusMessage job : dispatcher.listJobs().get(CANCEL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                if (!job.status().isGloballyTerminalState()) {
                    JobID jobId = job.jobId();
                    // a job may end by itself between the listing and the cancel: wait for its end either way
                    ends.add(dispatcher.cancelJob(jobId).handle((ok, failure) -> null)
                            .thenCompose(ignored -> dispatcher.requestJobResult(jobId)).handle((result, failure) -> null));
                }
            }
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new)).get(CANCEL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while cancelling the mini cluster's jobs", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not cancel the mini cluster's jobs within " + CANCEL_TIMEOUT_SECONDS + " s", e);
        }
    }
}
