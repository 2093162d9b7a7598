/**
 * The resource provider SPI: how the ResourceManager obtains and releases workers (TaskManager
 * processes) on a cluster manager such as Kubernetes or YARN.
 *
 * <p>Provider bundles implement {@link io.riffle.runtime.provider.ResourceProvider} and register it
 * as a service; the ResourceManager in {@code runtime.jobmanager} consumes it. The value types in
 * this package are immutable records.
 */
@Version("1.0.0")
package io.riffle.runtime.provider;

import org.osgi.annotation.versioning.Version;
