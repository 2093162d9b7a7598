/**
 * Window assigners: which windows each element of a windowed stream belongs to, and whether they
 * fire on event or processing time.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.windowing.assigners}. Job authors pick (or write)
 * an assigner; the runtime's window operator calls it per element.
 */
@Version("1.1.0")
package io.riffle.streaming.api.windowing.assigners;

import org.osgi.annotation.versioning.Version;
