/**
 * What a job's client sees when a job fails.
 *
 * <p>Mirrors {@code org.apache.flink.runtime.client}.
 */
@Version("1.0.0")
package io.riffle.runtime.client;

import org.osgi.annotation.versioning.Version;
