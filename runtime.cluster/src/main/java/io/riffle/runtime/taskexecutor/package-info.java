/**
 * The TaskExecutor's gateway and the messages about tasks and slots it sends and receives.\n *\n * <p>Implemented by the TaskManager bundle (in-process now, over RPC later); called by the JobMaster\n * and ResourceManager.
 */
@Version("1.1.0")
package io.riffle.runtime.taskexecutor;

import org.osgi.annotation.versioning.Version;
