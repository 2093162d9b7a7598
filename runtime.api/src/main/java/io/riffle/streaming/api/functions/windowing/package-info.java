/**
 * Functions that evaluate windows:
 * {@link io.riffle.streaming.api.functions.windowing.ProcessWindowFunction}.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.functions.windowing}. Job authors extend the
 * functions; the runtime's window operator implements their contexts.
 */
@Version("1.1.0")
package io.riffle.streaming.api.functions.windowing;

import org.osgi.annotation.versioning.Version;
