package io.riffle.runtime.rpc.internal.component;

import io.riffle.runtime.rpc.RpcAddress;
import io.riffle.runtime.resourcemanager.ResourceManagerGateway;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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
 */
@Component(immediate = true, service = {})
public final class ResourceManagerEndpointComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ResourceManagerEndpointComponent.class);

    private final ProcessRpc process;
    private final ResourceManagerGateway resourceManager;

    @Activate
    public ResourceManagerEndpointComponent(
            @Reference(target = "(" + ProcessRpc.ROLE_PROPERTY + "=" + ProcessRpc.JOBMANAGER + ")") ProcessRpc process,
            @Reference(target = "(!(" + RemoteResourceManagerComponent.REMOTE_PROPERTY + "=true))") ResourceManagerGateway resourceManager) {
        this.process = process;
        this.resourceManager = resourceManager;
        RpcAddress address = process.endpoints().serveResourceManager(ProcessRpc.RESOURCE_MANAGER_ENDPOINT,
                ProcessRpc.RESOURCE_MANAGER_TOKEN, resourceManager);
        LOG.info("ResourceManager served at {}", address);
    }

    @Deactivate
    void deactivate() {
        process.endpoints().stopServing(resourceManager);
    }
}
