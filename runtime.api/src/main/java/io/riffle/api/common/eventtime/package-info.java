/**
 * Event time: how sources assign timestamps and emit watermarks.
 *
 * <p>Mirrors {@code org.apache.flink.api.common.eventtime}. Only
 * {@link io.riffle.api.common.eventtime.WatermarkStrategy#noWatermarks()} exists until event-time
 * processing arrives.
 */
@Version("1.0.0")
package io.riffle.api.common.eventtime;

import org.osgi.annotation.versioning.Version;
