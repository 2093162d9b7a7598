package io.riffle.jobmanager.internal.jobmaster;

/** A TaskManager running subtasks of the job stopped answering: its process died or hangs. */
public final class TaskManagerLostException extends Exception {

    private static final long serialVersionUID = 1L;

    public TaskManagerLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
