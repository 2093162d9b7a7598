package io.riffle.runtime.jobgraph;

/** Which producer subtasks a consumer subtask reads from. */
public enum DistributionPattern {
    /** Every consumer subtask reads from every producer subtask. */
    ALL_TO_ALL,
    /** Each consumer reads from a local subset of producers (forward, rescale). */
    POINTWISE
}
