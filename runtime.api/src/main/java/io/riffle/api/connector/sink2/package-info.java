/**
 * The sink API: a {@link io.riffle.api.connector.sink2.Sink} creates one
 * {@link io.riffle.api.connector.sink2.SinkWriter} per parallel subtask.
 *
 * <p>Mirrors {@code org.apache.flink.api.connector.sink2}. Connector authors implement sinks and
 * writers; the runtime implements the contexts.
 */
@Version("1.0.0")
package io.riffle.api.connector.sink2;

import org.osgi.annotation.versioning.Version;
