package io.riffle.runtime.rpc.internal.component;

import io.riffle.api.common.JobID;
import io.riffle.runtime.cluster.JobClassLoaders;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import io.riffle.runtime.rpc.RpcAddress;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JobManager process: serves every running JobMaster (a {@link JobMasterGateway} service with the
 * property {@value #JOB_ID}, which the Dispatcher publishes while the job runs) on the process's RPC
 * service as {@code jobmaster-<jobId>}, so that TaskManagers in other processes offer it slots and
 * report their tasks' states. A whiteboard: JobMasters come and go with their jobs.
 *
 * <p>Served unfenced until JobMasters have leader sessions of their own.
 */
@Component(immediate = true, service = {})
public final class JobMasterEndpointsComponent {

    /** Service property of a JobMaster to serve: its job id in hex. */
    public static final String JOB_ID = "riffle.job.id";

    private static final Logger LOG = LoggerFactory.getLogger(JobMasterEndpointsComponent.class);

    private final ProcessRpc process;
    private final JobClassLoaders classLoaders;

    @Activate
    public JobMasterEndpointsComponent(
            @Reference(target = "(" + ProcessRpc.ROLE_PROPERTY + "=" + ProcessRpc.JOBMANAGER + ")") ProcessRpc process,
            @Reference JobClassLoaders classLoaders) {
        this.process = process;
        this.classLoaders = classLoaders;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, service = JobMasterGateway.class,
            target = "(" + JOB_ID + "=*)")
    void bindJobMaster(JobMasterGateway jobMaster, Map<String, Object> properties) {
        JobID jobId = JobID.fromHexString(String.valueOf(properties.get(JOB_ID)));
        ClassLoader loader = classLoaders.lookup(jobId).orElseThrow(() -> new IllegalStateException(
                "cannot serve the JobMaster of job " + jobId + ": no class loader is registered for it"));
        RpcAddress address = process.endpoints().serveJobMaster("jobmaster-" + jobId, null, jobMaster, loader);
        LOG.info("JobMaster of job {} served at {}", jobId, address);
    }

    void unbindJobMaster(JobMasterGateway jobMaster) {
        process.endpoints().stopServing(jobMaster);
    }
}
