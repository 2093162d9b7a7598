/**
 * The ResourceManager's gateway: TaskExecutors register with it, JobMasters declare the slots they need.
 *
 * <p>Implemented by the JobManager bundle; called by TaskExecutors and JobMasters.
 */
// 1.1.0: TaskExecutorRegistration.managedMemoryBytes()
@Version("1.1.0")
package io.riffle.runtime.resourcemanager;

import org.osgi.annotation.versioning.Version;
