/**
 * Event time: how streams get timestamps and watermarks.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.eventtime}. Users implement or pick a
 * {@link io.riffle.api.common.eventtime.WatermarkStrategy} (generators, timestamp assigners); the
 * runtime calls them on the task thread and implements
 * {@link io.riffle.api.common.eventtime.WatermarkOutput} and the suppliers' contexts.
 */
@Version("1.1.0")
package io.riffle.api.common.eventtime;

import org.osgi.annotation.versioning.Version;
