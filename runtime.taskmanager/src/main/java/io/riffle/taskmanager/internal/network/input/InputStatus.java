package io.riffle.taskmanager.internal.network.input;

/** What a task's input can do next, as returned by {@link StreamTaskNetworkInput#emitNext}. */
public enum InputStatus {
    /** Call again right away: an element was emitted and more may follow. */
    MORE_AVAILABLE,
    /** Nothing to read now: wait for the gate's availability listener before calling again. */
    NOTHING_AVAILABLE,
    /** Every channel has ended: the input is done. */
    END_OF_INPUT
}
