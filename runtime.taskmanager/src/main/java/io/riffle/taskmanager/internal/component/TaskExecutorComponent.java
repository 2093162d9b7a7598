package io.riffle.taskmanager.internal.component;

import io.riffle.configuration.Configuration;
import io.riffle.configuration.TaskManagerOptions;
import io.riffle.runtime.cluster.JobClassLoaders;
import io.riffle.runtime.cluster.ResourceId;
import io.riffle.runtime.cluster.TaskManagerLocation;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.taskexecutor.TaskExecutorGateway;
import io.riffle.streaming.api.environment.StreamExecutionEnvironment;
import io.riffle.taskmanager.internal.jobbundle.JobBundleInstaller;
import io.riffle.taskmanager.internal.jobbundle.JobBundles;
import io.riffle.taskmanager.internal.network.buffer.NetworkBufferPool;
import io.riffle.taskmanager.internal.network.netty.DataExchange;
import io.riffle.taskmanager.internal.network.netty.ExchangeSettings;
import io.riffle.taskmanager.internal.task.TaskServices;
import io.riffle.taskmanager.internal.taskexecutor.TaskExecutor;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TaskExecutor per factory configuration of {@value #FACTORY_PID}. It registers with the
 * ResourceManager service and publishes its gateway once the ResourceManager has its slots.
 *
 * <p>In a TaskManager process (framework property {@value #ROLE_PROPERTY} = {@value #TASKMANAGER_ROLE})
 * it first starts the data server on {@code host:data.port}, so that tasks of other TaskManagers
 * can read the partitions of its tasks, and announces that address as its location. Elsewhere
 * (the local cluster) every TaskExecutor shares the JVM and its location has no data server.
 */
@Component(configurationPid = TaskExecutorComponent.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = TaskExecutorConfiguration.class, factory = true)
public final class TaskExecutorComponent {

    public static final String FACTORY_PID = "io.riffle.taskexecutor";

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutorComponent.class);

    /** Framework property the launcher sets to the process's role; a {@value #TASKMANAGER_ROLE} process runs a data server. */
    static final String ROLE_PROPERTY = "riffle.role";
    static final String TASKMANAGER_ROLE = "taskmanager";

    private final TaskExecutor taskExecutor;
    private final TaskServices services;
    private final DataExchange exchange;
    private volatile ServiceRegistration<TaskExecutorGateway> registration;

    @Activate
    public TaskExecutorComponent(TaskExecutorConfiguration configuration, BundleContext context,
            @Reference ResourceManagerGateway resourceManager, @Reference JobClassLoaders classLoaders,
            @Reference SharedTaskServices shared, @Reference JobBundleInstaller jobBundleInstaller) {
        Configuration memory = new Configuration();
        memory.setString(TaskManagerOptions.NETWORK_MEMORY.key(), configuration.network_memory());
        memory.setString(TaskManagerOptions.NETWORK_BUFFER_SIZE.key(), configuration.network_segment_size());
        memory.setString(TaskManagerOptions.MANAGED_MEMORY_SIZE.key(), configuration.managed_memory());
        long managedMemory = memory.get(TaskManagerOptions.MANAGED_MEMORY_SIZE).bytes();
        NetworkBufferPool bufferPool = TaskServices.networkBufferPool(memory);
        ResourceId id = configuration.resource_id().isBlank() ? ResourceId.generate() : new ResourceId(configuration.resource_id());
        // Only a TaskManager process has consumers in other JVMs; the local cluster's TaskManagers share one JVM.
        this.exchange = TASKMANAGER_ROLE.equals(context.getProperty(ROLE_PROPERTY))
                ? DataExchange.start(id, host(context), configuration.data_port(), shared.partitions(),
                        ExchangeSettings.defaults(bufferPool.getSegmentSize())
                                .withBuffers(configuration.network_buffers_per_channel(), configuration.network_floating_buffers_per_gate()))
                : null;
        TaskManagerLocation location = exchange == null ? TaskManagerLocation.inJvm(id) : exchange.location();
        this.services = new TaskServices(shared.partitions(), bufferPool, shared.timers(), classLoaders,
                List.of(StreamExecutionEnvironment.class.getClassLoader()), exchange, managedMemory);
        try {
            this.taskExecutor = new TaskExecutor(location, configuration.slots(), resourceManager, services,
                    shared.heartbeats(), new JobBundles(classLoaders, jobBundleInstaller));
        } catch (RuntimeException e) {
            if (exchange != null) {
                exchange.close(); // deactivate is not called for a component that failed to activate
            }
            throw e;
        }
        taskExecutor.start().whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.error("TaskExecutor {} could not register with the ResourceManager", id, failure);
            } else {
                registration = context.registerService(TaskExecutorGateway.class, taskExecutor, null);
            }
        });
    }

    private static String host(BundleContext context) {
        String host = context.getProperty(TaskExecutorConfiguration.HOST_PROPERTY);
        return host == null || host.isBlank() ? TaskExecutorConfiguration.DEFAULT_HOST : host;
    }

    @Deactivate
    void deactivate() {
        ServiceRegistration<TaskExecutorGateway> current = registration;
        if (current != null) {
            current.unregister();
        }
        taskExecutor.close();
        if (exchange != null) {
            exchange.close();
        }
        services.bufferPool().destroy();
    }
}
