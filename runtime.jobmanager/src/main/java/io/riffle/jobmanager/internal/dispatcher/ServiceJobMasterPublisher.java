package io.riffle.jobmanager.internal.dispatcher;

import io.riffle.api.common.JobID;
import io.riffle.runtime.jobmaster.JobMasterGateway;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each running JobMaster as a {@link JobMasterGateway} service with the property
 * {@value #JOB_ID} (the job id in hex), which the RPC wiring of a JobManager process serves to
 * TaskManagers. The service goes when the job ends.
 */
final class ServiceJobMasterPublisher implements JobMasterPublisher {

    /** Service property of a published JobMaster: its job's id, in hex. */
    static final String JOB_ID = "riffle.job.id"; // runtime.rpc's JobMasterEndpointsComponent serves services with it

    private static final Logger LOG = LoggerFactory.getLogger(ServiceJobMasterPublisher.class);

    private final BundleContext context;
    private final Map<JobID, ServiceRegistration<JobMasterGateway>> published = new ConcurrentHashMap<>();

    ServiceJobMasterPublisher(BundleContext context) {
        this.context = context;
    }

    @Override
    public void publish(JobID jobId, JobMasterGateway jobMaster) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(JOB_ID, jobId.toHexString());
        published.put(jobId, context.registerService(JobMasterGateway.class, jobMaster, properties));
    }

    @Override
    public void withdraw(JobID jobId) {
        ServiceRegistration<JobMasterGateway> registration = published.remove(jobId);
        if (registration == null) {
            return;
        }
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            LOG.debug("the JobMaster service of job {} was gone already (the bundle stopped)", jobId, e);
        }
    }
}
