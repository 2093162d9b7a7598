/**
 * What every coordinating endpoint (ResourceManager, Dispatcher, JobMaster, TaskExecutor) is built
 * on: the bounded main-thread executor on which it changes its state.
 *
 * <p>Used by the JobManager and TaskManager bundles; nobody implements anything here.
 */
@Version("1.0.0")
package io.riffle.runtime.endpoint;

import org.osgi.annotation.versioning.Version;
