/**
 * Values the window runtime hands to user code: {@link io.riffle.streaming.runtime.operators.windowing.TimestampedValue}.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.runtime.operators.windowing}. The runtime creates
 * the values; evictors read and remove them.
 */
@Version("1.0.0")
package io.riffle.streaming.runtime.operators.windowing;

import org.osgi.annotation.versioning.Version;
