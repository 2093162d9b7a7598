/**
 * Evictors: which elements of a window to drop when it fires.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.windowing.evictors}. Job authors pick (or write)
 * an evictor; the runtime's window operator calls it.
 */
@Version("1.0.0")
package io.riffle.streaming.api.windowing.evictors;

import org.osgi.annotation.versioning.Version;
