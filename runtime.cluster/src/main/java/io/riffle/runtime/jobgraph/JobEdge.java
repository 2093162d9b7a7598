package io.riffle.runtime.jobgraph;

import java.util.Objects;

/**
 * The data set {@code dataSetId} that vertex {@code source} produces and vertex {@code target}
 * reads as its input gate number {@code targetInputIndex}.
 */
public record JobEdge(IntermediateDataSetId dataSetId, JobVertexId source, JobVertexId target, DistributionPattern pattern,
        int targetInputIndex) {

    public JobEdge {
        Objects.requireNonNull(dataSetId, "dataSetId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(pattern, "pattern");
    }
}
