/**
 * Small types user functions touch: {@link io.riffle.util.Collector} and {@link io.riffle.util.OutputTag}.\n *\n * <p>Mirrors the same classes of {@code org.apache.flink.util}.
 */
@Version("1.0.0")
package io.riffle.util;

import org.osgi.annotation.versioning.Version;
