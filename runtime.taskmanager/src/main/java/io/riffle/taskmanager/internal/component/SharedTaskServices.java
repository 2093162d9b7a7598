package io.riffle.taskmanager.internal.component;

import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * What every TaskExecutor of this framework shares: the registry of result partitions (so that a
 * task reads another TaskExecutor's partition in memory), the timer thread, and the heartbeat
 * settings of the cluster configuration.
 */
@Component(service = SharedTaskServices.class, configurationPid = SharedTaskServices.CLUSTER_PID)
public final class SharedTaskServices {

    /** The cluster configuration the launcher writes from riffle.yaml (optional: defaults without it). */
    public static final String CLUSTER_PID = "io.riffle.cluster";

    private final ResultPartitionManager partitions = new ResultPartitionManager();
    private final ScheduledExecutorService timers = TimerThread.create("riffle-taskmanager-timers");
    private final HeartbeatSettings heartbeats;

    @Activate
    public SharedTaskServices(ClusterHeartbeatConfiguration configuration) {
        this.heartbeats = new HeartbeatSettings(configuration.heartbeat_interval(), configuration.heartbeat_timeout(),
                HeartbeatSettings.DEFAULT_FAILURE_THRESHOLD);
    }

    public HeartbeatSettings heartbeats() {
        return heartbeats;
    }

    public ResultPartitionManager partitions() {
        return partitions;
    }

    public ScheduledExecutorService timers() {
        return timers;
    }

    @Deactivate
    void deactivate() {
        partitions.releaseAll(new IllegalStateException("the TaskManager bundle stopped"));
        timers.shutdownNow();
    }
}
