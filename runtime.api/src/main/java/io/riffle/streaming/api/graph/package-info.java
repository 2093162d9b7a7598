/**
 * The {@link io.riffle.streaming.api.graph.StreamGraph}: what {@code execute()} hands to an
 * executor — every transformation of the job and the job-wide settings.
 *
 * <p>Created by the environment, translated into a job graph by the runtime.
 */
@Version("1.0.0")
package io.riffle.streaming.api.graph;

import org.osgi.annotation.versioning.Version;
