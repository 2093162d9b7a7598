/**
 * The JobMaster's gateway: where TaskExecutors offer slots and report task states, and where\n * source readers talk to their split enumerators.\n *\n * <p>Implemented by the JobManager bundle; called by TaskExecutors.
 */
@Version("1.0.0")
package io.riffle.runtime.jobmaster;

import org.osgi.annotation.versioning.Version;
