package io.riffle.runtime.rpc.internal.component;

import io.riffle.runtime.rpc.RpcService;
import io.riffle.runtime.rpc.RpcSettings;
import io.riffle.runtime.rpc.TransportSettings;
import io.riffle.runtime.rpc.gateway.GatewayAddresses;
import io.riffle.runtime.rpc.gateway.GatewayEndpoints;
import io.riffle.runtime.rpc.gateway.RiffleMessageCodecs;
import java.util.Hashtable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the process's {@link RpcService} in a JobManager or TaskManager process and registers it as a
 * service ({@code RpcService}, and {@link ProcessRpc} for the components of this bundle), both with
 * the service property {@value ProcessRpc#ROLE_PROPERTY}.
 *
 * <p>The role comes from the framework property {@value ProcessRpc#ROLE_PROPERTY}, which the launcher
 * sets: {@code jobmanager} listens on {@code jobmanager.rpc.address:jobmanager.rpc.port}, where
 * TaskManagers reach it; {@code taskmanager} listens on a free port of the loopback address (the
 * JobManager learns it from the TaskExecutor's address in the registration). Without the property,
 * or without the configuration {@value ProcessRpc#CLUSTER_PID} ({@code riffle local}, which has no
 * such configuration), nothing starts.
 */
@Component(configurationPid = ProcessRpc.CLUSTER_PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        service = {})
@Designate(ocd = ClusterConfiguration.class)
public final class RpcServiceComponent {

    private static final Logger LOG = LoggerFactory.getLogger(RpcServiceComponent.class);
    private static final long BIND_TIMEOUT_SECONDS = 30;

    private final RpcService rpc;
    private final ServiceRegistration<RpcService> rpcRegistration;
    private final ServiceRegistration<ProcessRpc> processRegistration;

    @Activate
    public RpcServiceComponent(ClusterConfiguration configuration, BundleContext context) throws Exception {
        String role = context.getProperty(ProcessRpc.ROLE_PROPERTY);
        if (!ProcessRpc.JOBMANAGER.equals(role) && !ProcessRpc.TASKMANAGER.equals(role)) {
            LOG.info("no RPC service: the framework property {} is '{}', not {} or {}", ProcessRpc.ROLE_PROPERTY, role,
                    ProcessRpc.JOBMANAGER, ProcessRpc.TASKMANAGER);
            rpc = null;
            rpcRegistration = null;
            processRegistration = null;
            return;
        }
        TransportSettings transport = ProcessRpc.JOBMANAGER.equals(role)
                ? TransportSettings.defaults().withBindHost(configuration.jobmanager_rpc_address()).withPort(configuration.jobmanager_rpc_port())
                : TransportSettings.defaults().withBindHost(taskManagerHost(context));
        rpc = start(transport);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ProcessRpc.ROLE_PROPERTY, role);
        GatewayAddresses addresses = new GatewayAddresses();
        rpcRegistration = context.registerService(RpcService.class, rpc, properties);
        processRegistration = context.registerService(ProcessRpc.class,
                new ProcessRpc(role, rpc, addresses, new GatewayEndpoints(rpc, addresses)), properties);
        LOG.info("RPC service of the {} listens on {}", role, rpc.address());
    }

    /** taskmanager.host, which the launcher passes as a framework property; the data server binds it too. */
    private static String taskManagerHost(BundleContext context) {
        String host = context.getProperty(ProcessRpc.TASK_MANAGER_HOST_PROPERTY);
        return host == null || host.isBlank() ? TransportSettings.DEFAULT_BIND_HOST : host;
    }

    private static RpcService start(TransportSettings transport) throws Exception {
        try {
            return RpcService.start(RiffleMessageCodecs.registry(), transport, RpcSettings.defaults())
                    .get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot listen for RPC on " + transport.bindHost() + ":" + transport.port() + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("RPC service did not bind " + transport.bindHost() + ":" + transport.port() + " within "
                    + BIND_TIMEOUT_SECONDS + " s", e);
        }
    }

    @Deactivate
    void deactivate() {
        if (rpc == null) {
            return;
        }
        processRegistration.unregister();
        rpcRegistration.unregister();
        rpc.close();
    }
}
