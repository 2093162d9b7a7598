package io.riffle.api.common;

/** The life cycle of a job, with Flink's names. */
public enum JobStatus {
    INITIALIZING(false),
    CREATED(false),
    RUNNING(false),
    FAILING(false),
    CANCELLING(false),
    RESTARTING(false),
    FAILED(true),
    CANCELED(true),
    FINISHED(true);

    private final boolean globallyTerminal;

    JobStatus(boolean globallyTerminal) {
        this.globallyTerminal = globallyTerminal;
    }

    public boolean isGloballyTerminalState() {
        return globallyTerminal;
    }
}
