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
 */
@Component(configurationPid = TaskExecutorComponent.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = {})
@Designate(ocd = TaskExecutorConfiguration.class, factory = true)
public final class TaskExecutorComponent {

    public static final String FACTORY_PID = "io.riffle.taskexecutor";

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutorComponent.class);

    private final TaskExecutor taskExecutor;
    private final TaskServices services;
    private volatile ServiceRegistration<TaskExecutorGateway> registration;

    @Activate
    public TaskExecutorComponent(TaskExecutorConfiguration configuration, BundleContext context,
            @Reference ResourceManagerGateway resourceManager, @Reference JobClassLoaders classLoaders,
            @Reference SharedTaskServices shared, @Reference JobBundleInstaller jobBundleInstaller) {
        Configuration network = new Configuration();
        network.setString(TaskManagerOptions.NETWORK_MEMORY.key(), configuration.network_memory());
        network.setString(TaskManagerOptions.NETWORK_BUFFER_SIZE.key(), configuration.network_segment_size());
        this.services = new TaskServices(shared.partitions(), TaskServices.networkBufferPool(network), shared.timers(), classLoaders,
                List.of(StreamExecutionEnvironment.class.getClassLoader()));
        ResourceId id = configuration.resource_id().isBlank() ? ResourceId.generate() : new ResourceId(configuration.resource_id());
        this.taskExecutor = new TaskExecutor(TaskManagerLocation.inJvm(id), configuration.slots(), resourceManager, services,
                shared.heartbeats(), new JobBundles(classLoaders, jobBundleInstaller));
        taskExecutor.start().whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.error("TaskExecutor {} could not register with the ResourceManager", id, failure);
            } else {
                registration = context.registerService(TaskExecutorGateway.class, taskExecutor, null);
            }
        });
    }

    @Deactivate
    void deactivate() {
        ServiceRegistration<TaskExecutorGateway> current = registration;
        if (current != null) {
            current.unregister();
        }
        taskExecutor.close();
        services.bufferPool().destroy();
    }
}
