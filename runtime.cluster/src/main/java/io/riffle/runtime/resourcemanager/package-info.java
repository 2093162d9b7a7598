/**
 * The ResourceManager's gateway: TaskExecutors register with it, JobMasters declare the slots they need.\n *\n * <p>Implemented by the JobManager bundle; called by TaskExecutors and JobMasters.
 */
@Version("1.0.0")
package io.riffle.runtime.resourcemanager;

import org.osgi.annotation.versioning.Version;
