/**
 * Typed ids of the things cluster components talk about: executions, partitions, slots, workers.
 *
 * <p>Immutable value types used by the JobManager and TaskManager bundles and, later, by the wire
 * codecs; nobody implements anything here.
 */
@Version("1.0.0")
package io.riffle.runtime.cluster;

import org.osgi.annotation.versioning.Version;
