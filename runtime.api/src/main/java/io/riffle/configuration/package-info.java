/**
 * Typed configuration values shared by the runtime, providers and job authors.
 *
 * <p>Plain immutable value types: anyone may use them, nobody implements them.
 */
// 1.1.0: TaskManagerOptions.MANAGED_MEMORY_SIZE
@Version("1.1.0")
package io.riffle.configuration;

import org.osgi.annotation.versioning.Version;
