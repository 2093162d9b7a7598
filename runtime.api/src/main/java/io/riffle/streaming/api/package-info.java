/**
 * Services the runtime offers to stream functions, such as the {@link io.riffle.streaming.api.TimerService}.
 *
 * <p>Mirrors the same classes of {@code org.apache.flink.streaming.api}; the runtime implements them.
 */
@Version("1.0.0")
package io.riffle.streaming.api;

import org.osgi.annotation.versioning.Version;
