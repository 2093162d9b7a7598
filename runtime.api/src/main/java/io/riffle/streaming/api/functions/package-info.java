/**
 * Stream functions with access to timestamps, timers and side outputs:
 * {@link io.riffle.streaming.api.functions.ProcessFunction} and
 * {@link io.riffle.streaming.api.functions.KeyedProcessFunction}.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.functions}. Job authors extend the functions; the
 * runtime implements their contexts.
 */
@Version("1.0.0")
package io.riffle.streaming.api.functions;

import org.osgi.annotation.versioning.Version;
