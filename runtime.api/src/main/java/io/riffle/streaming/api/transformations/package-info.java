/**
 * The transformations the DataStream API records: sources, one-input operators, sinks, and the
 * virtual repartitioning and union steps.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.transformations}. Created by the API and read by
 * the runtime's graph translation; job authors do not use them directly.
 */
@Version("1.0.0")
package io.riffle.streaming.api.transformations;

import org.osgi.annotation.versioning.Version;
