/**
 * The windows of windowed streams: {@link io.riffle.streaming.api.windowing.windows.TimeWindow}.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.windowing.windows}. Assigners create windows;
 * the runtime keeps their contents and window functions read them.
 */
@Version("1.1.0")
package io.riffle.streaming.api.windowing.windows;

import org.osgi.annotation.versioning.Version;
