package io.riffle.embedded;

import io.riffle.configuration.TaskManagerOptions;
import io.riffle.core.execution.PipelineExecutor;
import io.riffle.jobmanager.internal.client.DispatcherPipelineExecutor;
import io.riffle.jobmanager.internal.dispatcher.Dispatcher;
import io.riffle.jobmanager.internal.jobmaster.JobMasterSettings;
import io.riffle.jobmanager.internal.resourcemanager.ResourceManager;
import io.riffle.jobmanager.internal.resourcemanager.ResourceManagerSettings;
import io.riffle.provider.standalone.internal.StandaloneResourceProvider;
import io.riffle.runtime.cluster.InMemoryJobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.provider.ResourceProvider;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.netty.DataExchange;
import io.riffle.taskmanager.internal.network.netty.ExchangeSettings;
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
 * Like {@link MiniCluster}, but each TaskExecutor is a TaskManager of its own as far as data goes:
 * its own network memory, partition manager and data server on a loopback port, announced in its
 * slot offers. Tasks on different TaskExecutors exchange data over TCP; on the same one, in memory.
 */
final class TcpTaskManagersCluster implements AutoCloseable {

    private static final int SEGMENT_SIZE = 32 * 1024;

    private final InMemoryJobClassLoaders classLoaders = new InMemoryJobClassLoaders();
    private final ScheduledExecutorService timers = TimerThread.create("riffle-test-timers");
    private final ResourceManager resourceManager = new ResourceManager(ResourceManagerSettings.DEFAULTS);
    private final Dispatcher dispatcher;
    private final List<TaskExecutor> taskExecutors = new ArrayList<>();
    private final List<DataExchange> exchanges = new ArrayList<>();
    private final List<TaskServices> services = new ArrayList<>();

    TcpTaskManagersCluster(int taskManagers, int slotsEach) {
        resourceManager.bindResourceProvider(new StandaloneResourceProvider(),
                Map.of(ResourceProvider.TYPE_PROPERTY, StandaloneResourceProvider.TYPE));
        List<ClassLoader> frameworkLoaders = List.of(StreamExecutionEnvironment.class.getClassLoader());
        dispatcher = new Dispatcher(resourceManager, resourceManager, classLoaders, frameworkLoaders, JobMasterSettings.DEFAULTS);
        for (int i = 0; i < taskManagers; i++) {
            ResourceId id = new ResourceId("tcp-taskmanager-" + i);
            ResultPartitionManager partitions = new ResultPartitionManager();
            DataExchange exchange = DataExchange.start(id, "127.0.0.1", 0, partitions, ExchangeSettings.defaults(SEGMENT_SIZE));
            exchanges.add(exchange);
            TaskServices taskServices = new TaskServices(partitions, new NetworkBufferPool(2048, SEGMENT_SIZE), timers, classLoaders,
                    frameworkLoaders, exchange, TaskManagerOptions.MANAGED_MEMORY_SIZE.defaultValue().bytes());
            services.add(taskServices);
            taskExecutors.add(new TaskExecutor(exchange.location(), slotsEach, resourceManager, taskServices, HeartbeatSettings.DEFAULTS));
        }
        CompletableFuture.allOf(taskExecutors.stream().map(TaskExecutor::start).toArray(CompletableFuture[]::new)).join();
    }

    PipelineExecutor executor() {
        return new DispatcherPipelineExecutor(dispatcher, classLoaders);
    }

    List<DataExchange> exchanges() {
        return exchanges;
    }

    @Override
    public void close() throws InterruptedException {
        dispatcher.close();
        taskExecutors.forEach(TaskExecutor::close);
        resourceManager.close();
        exchanges.forEach(DataExchange::close);
        for (TaskServices taskServices : services) {
            taskServices.partitions().releaseAll(new IllegalStateException("the test cluster stopped"));
            taskServices.bufferPool().destroy();
        }
        timers.shutdownNow();
        timers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
