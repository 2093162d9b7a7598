package io.riffle.taskmanager.internal.task;

/** Why a cancelled task's partitions were released: their readers fail with this. */
public final class TaskCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException(String message) {
        super(message);
    }
}
