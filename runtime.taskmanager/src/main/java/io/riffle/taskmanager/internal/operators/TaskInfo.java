package io.riffle.taskmanager.internal.operators;

/** Facts about the subtask an operator runs in. */
public record TaskInfo(String jobName, String taskName, int subtaskIndex, int parallelism, int maxParallelism,
        int attemptNumber) {}
