/**
 * Serialization settings shared by all serializers of a job.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.serialization}.
 */
@Version("1.0.0")
package io.riffle.api.common.serialization;

import org.osgi.annotation.versioning.Version;
