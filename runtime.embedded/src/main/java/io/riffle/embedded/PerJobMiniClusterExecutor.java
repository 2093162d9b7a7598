package io.riffle.embedded;

import io.riffle.api.common.JobID;
import io.riffle.configuration.Configuration;
import io.riffle.configuration.TaskManagerOptions;
import io.riffle.core.execution.JobClient;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.translation.JobGraphGenerator;
import io.riffle.runtime.jobgraph.JobGraph;
import io.riffle.streaming.api.graph.StreamGraph;
import java.util.concurrent.CompletableFuture;

/**
 * Starts a mini cluster for one job, with one TaskManager of as many slots as the job needs (unless
 * the configuration says otherwise), and stops it when the job ends.
 */
final class PerJobMiniClusterExecutor implements PipelineExecutor {

    private final Configuration configuration;

    PerJobMiniClusterExecutor(Configuration configuration) {
        this.configuration = new Configuration(configuration);
    }

    @Override
    public CompletableFuture<JobClient> execute(StreamGraph streamGraph, ClassLoader userCodeClassLoader) {
        JobGraph jobGraph;
        try {
            jobGraph = JobGraphGenerator.translate(streamGraph, JobID.generate());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Configuration clusterConfiguration = new Configuration(configuration);
        if (!clusterConfiguration.contains(TaskManagerOptions.NUM_TASK_SLOTS)) {
            clusterConfiguration.set(TaskManagerOptions.NUM_TASK_SLOTS, jobGraph.requiredSlots());
        }
        MiniCluster cluster = new MiniCluster(MiniClusterConfiguration.from(clusterConfiguration)).start();
        return cluster.newExecutor().submit(jobGraph, userCodeClassLoader).whenComplete((client, failure) -> {
            if (failure != null) {
                closeInBackground(cluster);
            } else {
                client.getJobExecutionResult().whenComplete((result, jobFailure) -> closeInBackground(cluster));
            }
        });
    }

    /** Closing waits for the components' threads, one of which may be the caller: close from a thread of its own. */
    private static void closeInBackground(MiniCluster cluster) {
        Thread closer = new Thread(cluster::close, "riffle-minicluster-shutdown");
        closer.setDaemon(true);
        closer.start();
    }
}
