package io.riffle.runtime.application;

import java.util.List;
import java.util.Objects;

/**
 * The job graph a program would submit, in the shape of Flink's plan ({@code /jars/:jarid/plan}):
 * one node per chain of operators, in topological order.
 */
public record JobPlan(String jobId, String name, List<Node> nodes) {

    public JobPlan {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
    }

    /**
     * One job vertex.
     *
     * @param operator the chain's operator names joined by {@code " -> "}
     * @param inputs the edges it reads, by input number
     */
    public record Node(String id, int parallelism, String operator, String description, List<Input> inputs) {

        public Node {
            Objects.requireNonNull(id, "id");
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * One edge into a node.
     *
     * @param id the producing node's id
     * @param shipStrategy Flink's name of the partitioning: FORWARD, HASH, REBALANCE, RESCALE, SHUFFLE, BROADCAST, GLOBAL
     * @param exchange how data is exchanged; {@code pipelined_bounded} for every edge today
     */
    public record Input(int num, String id, String shipStrategy, String exchange) {
    }
}
