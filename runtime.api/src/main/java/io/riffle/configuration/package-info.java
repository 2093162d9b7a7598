/**
 * Typed configuration values shared by the runtime, providers and job authors.
 *
 * <p>Plain immutable value types: anyone may use them, nobody implements them.
 */
@Version("1.0.0")
package io.riffle.configuration;

import org.osgi.annotation.versioning.Version;
