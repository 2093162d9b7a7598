package io.riffle.jobmanager.internal.dispatcher;

import io.riffle.api.common.JobID;
import io.riffle.runtime.jobmaster.JobMasterGateway;

/**
 * Tells whoever needs to reach the running JobMasters of this process about them: in a JobManager
 * process, the RPC wiring serves each one so that TaskManagers in other processes can offer it slots
 * and report task states.
 */
public interface JobMasterPublisher {

    /** Publishes nothing: every TaskExecutor runs in this JVM (local, embedded). */
    JobMasterPublisher NONE = new JobMasterPublisher() {
        @Override
        public void publish(JobID jobId, JobMasterGateway jobMaster) {}

        @Override
        public void withdraw(JobID jobId) {}
    };

    /** Called before the JobMaster starts, so it is reachable once it asks for slots. */
    void publish(JobID jobId, JobMasterGateway jobMaster);

    /** The job ended; nothing if it was not published. */
    void withdraw(JobID jobId);
}
