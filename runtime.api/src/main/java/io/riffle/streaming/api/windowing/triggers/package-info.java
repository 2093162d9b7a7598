/**
 * Triggers: when a window is evaluated and when its contents are purged.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.windowing.triggers}. Job authors pick (or write)
 * a trigger; the runtime's window operator calls it and implements its context.
 */
@Version("1.1.0")
package io.riffle.streaming.api.windowing.triggers;

import org.osgi.annotation.versioning.Version;
