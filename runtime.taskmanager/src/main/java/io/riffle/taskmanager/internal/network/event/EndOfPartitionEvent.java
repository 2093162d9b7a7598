package io.riffle.taskmanager.internal.network.event;

/** The last element of a subpartition: its producer finished and sends nothing more. */
public enum EndOfPartitionEvent implements RuntimeEvent {
    INSTANCE;

    @Override
    public String toString() {
        return "EndOfPartition";
    }
}
