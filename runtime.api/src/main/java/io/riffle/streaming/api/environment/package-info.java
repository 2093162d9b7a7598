/**
 * The entry point of every job: {@link io.riffle.streaming.api.environment.StreamExecutionEnvironment}.
 *
 * <p>Mirrors {@code org.apache.flink.streaming.api.environment}. Provided by the API; job authors
 * use it.
 */
@Version("1.0.0")
package io.riffle.streaming.api.environment;

import org.osgi.annotation.versioning.Version;
