/**
 * Sink functions: the per-record sink interface of Flink's DataStream API ({@code addSink}) and
 * the print sink.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.functions.sink}. Job authors implement
 * {@link io.riffle.streaming.api.functions.sink.SinkFunction}; the runtime calls it.
 */
@Version("1.0.0")
package io.riffle.streaming.api.functions.sink;

import org.osgi.annotation.versioning.Version;
