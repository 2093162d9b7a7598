package io.riffle.taskmanager.internal.network.partition;

import java.io.IOException;

/** A reader's partition was released before it ended: the producer failed or was cancelled. */
public final class PartitionReleasedException extends IOException {

    private static final long serialVersionUID = 1L;

    public PartitionReleasedException(String message, Throwable cause) {
        super(message, cause);
    }
}
