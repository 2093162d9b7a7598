/**
 * The reduce functions behind {@code KeyedStream.sum/min/max/minBy/maxBy}.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.functions.aggregation}. The runtime implements
 * them and the DataStream API creates them; job authors call the {@code KeyedStream} methods
 * instead. They never modify the records they are given: each result is a new record.
 */
@Version("1.0.0")
package io.riffle.streaming.api.functions.aggregation;

import org.osgi.annotation.versioning.Version;
