package io.riffle.runtime.rpc.internal.component;

import io.riffle.runtime.endpoint.TimerThread;
import io.riffle.runtime.heartbeat.HeartbeatSettings;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import io.riffle.runtime.rpc.RpcAddress;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobManager process: serves the local ResourceManager on the process's RPC service as
 * {@value ProcessRpc#RESOURCE_MANAGER_ENDPOINT}, fenced by the fixed
 * {@link ProcessRpc#RESOURCE_MANAGER_TOKEN} (until leader election), so that TaskManagers register with it.
 * A remote ResourceManager gateway (service property {@value RemoteResourceManagerComponent#REMOTE_PROPERTY})
 * is never served.
 *
 * <p>TaskExecutors registering through this endpoint are monitored by heartbeats
 * ({@code heartbeat.interval}, {@code heartbeat.timeout} of the cluster configuration) on a timer
 * thread of this component; see {@link HeartbeatingResourceManager}.
 */
@Component(configurationPid = ProcessRpc.CLUSTER_PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true, service = {})
public final class ResourceManagerEndpointComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceManagerEndpointComponent.class);

    private final ProcessRpc process;
    private final ScheduledExecutorService timer = TimerThread.create("riffle-rm-heartbeats");
    private final HeartbeatingResourceManager served;

    @Activate
    public ResourceManagerEndpointComponent(ClusterConfiguration configuration,
            @Reference(target = "(" + ProcessRpc.ROLE_PROPERTY + "=" + ProcessRpc.JOBMANAGER + ")") ProcessRpc process,
            @Reference(target = "(!(" + RemoteResourceManagerComponent.REMOTE_PROPERTY + "=true))") ResourceManagerGateway resourceManager) {
        this.process = process;
        HeartbeatSettings settings;
        try {
            settings = new HeartbeatSettings(configuration.heartbeat_interval(), configuration.heartbeat_timeout(),
                    HeartbeatSettings.DEFAULT_FAILURE_THRESHOLD);
        } catch (IllegalArgumentException e) {
            timer.shutdownNow();
            throw e;
        }
        this.served = new HeartbeatingResourceManager(resourceManager, settings, timer);
        RpcAddress address = process.endpoints().serveResourceManager(ProcessRpc.RESOURCE_MANAGER_ENDPOINT,
                ProcessRpc.RESOURCE_MANAGER_TOKEN, served);
        LOG.info("ResourceManager served at {}; TaskExecutors are asked for a heartbeat every {} ms and lost after {} ms without one",
                address, settings.intervalMs(), settings.timeoutMs());
    }

    @Deactivate
    void deactivate() {
        process.endpoints().stopServing(served);
        served.close();
        timer.shutdownNow();
    }
}
