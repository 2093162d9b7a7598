/**
 * Streams and their operations: {@link io.riffle.streaming.api.datastream.DataStream},
 * {@link io.riffle.streaming.api.datastream.KeyedStream} and the handles returned by operations.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.datastream}. Provided by the API; job authors use it.
 */
@Version("1.0.0")
package io.riffle.streaming.api.datastream;

import org.osgi.annotation.versioning.Version;
