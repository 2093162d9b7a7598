/**
 * Clocks the runtime hands to user code, mirroring {@code org.apache.flink.util.clock}: the runtime
 * implements {@link io.riffle.util.clock.RelativeClock} for watermark generators; tests implement
 * it to control time.
 */
@Version("1.0.0")
package io.riffle.util.clock;

import org.osgi.annotation.versioning.Version;
