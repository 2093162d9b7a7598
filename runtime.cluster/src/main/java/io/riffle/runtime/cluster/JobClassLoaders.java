package io.riffle.runtime.cluster;

import io.riffle.api.common.JobID;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the JobManager and TaskExecutors of one JVM find the class loader of a running job, which
 * loads its user functions. In the local and embedded clusters the job's {@code main()} ran in the
 * same JVM and registered its loader; a TaskManager process of a distributed cluster registers the
 * loader of the job bundle it installed.
 */
@ProviderType
public interface JobClassLoaders {

    void register(JobID jobId, ClassLoader classLoader);

    Optional<ClassLoader> lookup(JobID jobId);

    void release(JobID jobId);
}
