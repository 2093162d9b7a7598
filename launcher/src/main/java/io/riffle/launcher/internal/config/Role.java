package io.riffle.launcher.internal.config;

/** A process of a standalone cluster, as its command names it. */
public enum Role {
    JOBMANAGER("jobmanager", "JobManager"),
    TASKMANAGER("taskmanager", "TaskManager");

    private final String command;
    private final String displayName;

    Role(String command, String displayName) {
        this.command = command;
        this.displayName = displayName;
    }

    /** The command that starts it, which is also the name of its run descriptor and log file. */
    public String command() {
        return command;
    }

    public String displayName() {
        return displayName;
    }
}
