package io.riffle.embedded;

import io.riffle.configuration.Configuration;
import io.riffle.configuration.JobManagerOptions;
import io.riffle.configuration.RestartStrategyOptions;
import io.riffle.configuration.TaskManagerOptions;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.client.DispatcherPipelineExecutor;
import io.riffle.jobmanager.internal.dispatcher.Dispatcher;
import io.riffle.jobmanager.internal.jobmaster.JobMasterSettings;
import io.riffle.jobmanager.internal.jobmaster.RestartStrategy;
import io.riffle.jobmanager.internal.resourcemanager.ResourceManager;
import io.riffle.jobmanager.internal.resourcemanager.ResourceManagerSettings;
import io.riffle.provider.standalone.internal.StandaloneResourceProvider;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.provider.ResourceProvider;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.taskmanager.internal.network.partition.ResultPartitionManager;
import io.riffle.taskmanager.internal.task.TaskServices;
import io.riffle.taskmanager.internal.taskexecutor.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A whole Riffle cluster in this JVM, without OSGi: a ResourceManager, a Dispatcher and
 * {@code numberOfTaskManagers} TaskExecutors, the same classes the OSGi cluster runs as
 * components, wired by hand. They talk through their gateways; data moves through in-memory
 * channels.
 */
public final class MiniCluster implements AutoCloseable {

    private final MiniClusterConfiguration configuration;
    private final InMemoryJobClassLoaders classLoaders = new InMemoryJobClassLoaders();
    private final ResultPartitionManager partitions = new ResultPartitionManager();
    private final ScheduledExecutorService timers;
    private final ResourceManager resourceManager;
    private final Dispatcher dispatcher;
    private final List<TaskExecutor> taskExecutors = new ArrayList<>();
    private final List<TaskServices> taskServices = new ArrayList<>();
    private boolean started;

    public MiniCluster(MiniClusterConfiguration configuration) {
        this.configuration = configuration;
        this.timers = TimerThread.create("riffle-taskmanager-timers");
        this.resourceManager = new ResourceManager(ResourceManagerSettings.DEFAULTS);
        resourceManager.bindResourceProvider(new StandaloneResourceProvider(),
                Map.of(ResourceProvider.TYPE_PROPERTY, StandaloneResourceProvider.TYPE));
        List<ClassLoader> frameworkLoaders = List.of(StreamExecutionEnvironment.class.getClassLoader());
        this.dispatcher = new Dispatcher(resourceManager, resourceManager, classLoaders, frameworkLoaders, jobMasterSettings(configuration));
        for (int i = 0; i < configuration.numberOfTaskManagers(); i++) {
            TaskServices services = new TaskServices(partitions, TaskServices.networkBufferPool(configuration.configuration()), timers,
                    classLoaders, frameworkLoaders, null, configuration.configuration().get(TaskManagerOptions.MANAGED_MEMORY_SIZE).bytes());
            taskServices.add(services);
            taskExecutors.add(new TaskExecutor(TaskManagerLocation.inJvm(new ResourceId("taskmanager-" + i)),
                    configuration.slotsPerTaskManager(),
                    resourceManager, services, HeartbeatSettings.DEFAULTS));
        }
    }

    private static JobMasterSettings jobMasterSettings(MiniClusterConfiguration configuration) {
        Configuration options = configuration.configuration();
        return new JobMasterSettings(options.get(JobManagerOptions.SLOT_REQUEST_TIMEOUT), HeartbeatSettings.DEFAULTS,
                RestartStrategy.of(options.get(RestartStrategyOptions.RESTART_STRATEGY),
                        options.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS),
                        options.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY)));
    }

    /**
     * Stops TaskExecutor {@code index} as if its process died: it stops answering, and the
     * ResourceManager drops it (its heartbeats would tell it so in a distributed cluster).
     */
    void loseTaskManager(int index, Throwable cause) {
        TaskExecutor lost = taskExecutors.get(index);
        lost.close();
        resourceManager.disconnectTaskExecutor(lost.getResourceId(), cause).join();
    }

    /** The index of a TaskExecutor that runs tasks, or -1 if none does. */
    int taskManagerRunningTasks() {
        for (int i = 0; i < taskExecutors.size(); i++) {
            if (taskExecutors.get(i).numberOfRunningTasks() > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Starts the TaskExecutors and returns once all have registered their slots. */
    public MiniCluster start() {
        if (started) {
            throw new IllegalStateException("the mini cluster is already started");
        }
        started = true;
        CompletableFuture.allOf(taskExecutors.stream().map(TaskExecutor::start).toArray(CompletableFuture[]::new)).join();
        return this;
    }

    public MiniClusterConfiguration configuration() {
        return configuration;
    }

    public DispatcherGateway dispatcher() {
        return dispatcher;
    }

    /** Submits jobs to this cluster; several jobs may run at once if there are slots for them. */
    public PipelineExecutor executor() {
        return newExecutor();
    }

    DispatcherPipelineExecutor newExecutor() {
        return new DispatcherPipelineExecutor(dispatcher, classLoaders);
    }

    /** Cancels running jobs and stops every component. */
    @Override
    public void close() {
        dispatcher.close();
        for (TaskExecutor taskExecutor : taskExecutors) {
            taskExecutor.close();
        }
        resourceManager.close();
        partitions.releaseAll(new IllegalStateException("the mini cluster stopped"));
        for (TaskServices services : taskServices) {
            services.bufferPool().destroy();
        }
        timers.shutdownNow();
        try {
            timers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
