package io.riffle.jobmanager.internal.translation;

import io.riffle.streaming.api.transformations.Partitioning;
import io.riffle.util.OutputTag;

/**
 * A connection between two operators of the stream graph.
 *
 * @param tag the side output it carries, or null for the main output
 */
record StreamEdge(StreamNode source, StreamNode target, Partitioning partitioning, OutputTag<?> tag) {}
