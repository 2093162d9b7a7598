package io.riffle.streaming.api.operators;

/** Whether an operator may be chained with its neighbours into one task. */
public enum ChainingStrategy {
    /** Chain with the predecessor and successors wherever the chaining rules allow. */
    ALWAYS,
    /** Never chain: the operator runs as a task of its own. */
    NEVER,
    /** Do not chain with the predecessor, but let successors chain to this operator. */
    HEAD
}
