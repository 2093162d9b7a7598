package io.riffle.runtime.rest.internal;

import io.riffle.runtime.application.ApplicationRunner;
import io.riffle.runtime.blob.BlobStore;
import io.riffle.runtime.dispatcher.DispatcherGateway;
import io.riffle.runtime.status.ResourceManagerStatus;
import io.riffle.runtime.status.TaskManagerInfo;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the REST API in a JobManager process, on {@code rest.port} of the shared cluster
 * configuration {@code io.riffle.cluster}, bound to {@code jobmanager.rpc.address} like the RPC
 * service. It starts only when the framework property {@code riffle.role} is {@code jobmanager}
 * (the launcher sets it), so a TaskManager or {@code riffle local} never listens.
 */
@Component(configurationPid = "io.riffle.cluster", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true, service = {})
public final class RestServerComponent {

    /** The keys of {@code io.riffle.cluster} read here (the RPC bundle designates the full metatype). */
    @interface Config {
        String jobmanager_rpc_address() default "localhost";

        int rest_port() default 8081;

        /** Flink's key and default: the largest job bundle upload, in bytes. */
        long rest_server_max$_$content$_$length() default 104_857_600L;
    }

    private static final Logger LOG = LoggerFactory.getLogger(RestServerComponent.class);

    private final RestServer server;

    @Activate
    public RestServerComponent(Config config, BundleContext context, @Reference(name = "dispatcher") DispatcherGateway dispatcher,
            @Reference(name = "resourceManager") ResourceManagerStatus resourceManager, @Reference(name = "blobs") BlobStore blobs,
            @Reference(name = "applications") ApplicationRunner applications) throws InterruptedException {
        String role = context.getProperty("riffle.role");
        if (!"jobmanager".equals(role)) {
            LOG.info("no REST API: the framework property riffle.role is '{}', not jobmanager", role);
            server = null;
            return;
        }
        String version = context.getBundle().getVersion().toString();
        ClusterView view = new ClusterView() {
            @Override
            public DispatcherGateway dispatcher() {
                return dispatcher;
            }

            @Override
            public List<TaskManagerInfo> taskManagers() {
                return resourceManager.taskManagers();
            }

            @Override
            public String version() {
                return version;
            }
        };
        Jars jars = new Jars(blobs, config.rest_server_max$_$content$_$length());
        server = RestServer.start(config.jobmanager_rpc_address(), config.rest_port(), RestApi.router(view, jars, applications), jars);
        LOG.info("REST API at http://{}:{}", config.jobmanager_rpc_address(), server.address().getPort());
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.close();
        }
    }
}
