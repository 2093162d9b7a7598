/**
 * What the cluster runs and what failed, and why: read-only services of the runtime that the Gogo
 * shell, the REST API and the Web UI read from, rather than from the runtime's internals.
 *
 * <p>The runtime implements these services; tools consume them. The values are immutable records.
 */
// 1.1.0: ResourceManagerStatus.taskManagers(), TaskManagerInfo
// 1.2.0: TaskManagerInfo.managedMemoryBytes()
@Version("1.2.0")
package io.riffle.runtime.status;

import org.osgi.annotation.versioning.Version;
