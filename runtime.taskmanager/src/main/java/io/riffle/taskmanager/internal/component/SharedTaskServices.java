package io.riffle.taskmanager.internal.component;

import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * What every TaskExecutor of this framework shares: the registry of result partitions (so that a
 * task reads another TaskExecutor's partition in memory) and the timer thread.
 */
@Component(service = SharedTaskServices.class)
public final class SharedTaskServices {

    private final ResultPartitionManager partitions = new ResultPartitionManager();
    private final ScheduledExecutorService timers = TimerThread.create("riffle-taskmanager-timers");

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
