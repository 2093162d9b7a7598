/**
 * Access to one field of a stream element, by position or name, for the built-in aggregations
 * ({@code KeyedStream.sum/min/max/minBy/maxBy}).
 *
 * <p>Mirrors {@code org.apache.flink.streaming.util.typeutils}. The runtime implements it; the
 * DataStream API and the aggregation functions consume it. Unlike Flink's, a
 * {@link io.riffle.streaming.util.typeutils.FieldAccessor} never modifies the record it is given:
 * {@code set} returns a changed copy, so records already emitted downstream stay as they were.
 */
@Version("1.0.0")
package io.riffle.streaming.util.typeutils;

import org.osgi.annotation.versioning.Version;
