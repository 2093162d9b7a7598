package io.riffle.runtime.cluster;

import java.util.Objects;

/**
 * Where a TaskManager is and where its data server listens, so consumers know how to read the
 * partitions it produces.
 *
 * @param dataPort the port of its data server, or {@link #NO_DATA_SERVER} for a TaskManager whose
 *     consumers all run in the same JVM (the local and embedded clusters)
 */
public record TaskManagerLocation(ResourceId resourceId, String host, int dataPort) {

    public static final int NO_DATA_SERVER = 0;

    public TaskManagerLocation {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(host, "host");
        if (dataPort < 0 || dataPort > 65535) {
            throw new IllegalArgumentException("data port must be 0 (none) or 1-65535, got " + dataPort);
        }
    }

    /** A TaskManager without a data server, reachable only from its own JVM. */
    public static TaskManagerLocation inJvm(ResourceId resourceId) {
        return new TaskManagerLocation(resourceId, "localhost", NO_DATA_SERVER);
    }

    public boolean hasDataServer() {
        return dataPort != NO_DATA_SERVER;
    }

    @Override
    public String toString() {
        return hasDataServer() ? resourceId + " (" + host + ":" + dataPort + ")" : resourceId.toString();
    }
}
