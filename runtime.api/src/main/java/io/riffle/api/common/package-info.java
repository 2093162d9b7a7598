/**
 * Job-level types: ids, statuses, results and the execution config.
 *
 * <p>Mirrors the same classes of {@code org.apache.flink.api.common}. The runtime creates them; job
 * authors read them.
 */
@Version("1.0.0")
package io.riffle.api.common;

import org.osgi.annotation.versioning.Version;
