package io.riffle.embedded;

import io.riffle.configuration.Configuration;
import io.riffle.configuration.TaskManagerOptions;
import java.util.Objects;

/**
 * The shape of a mini cluster: how many TaskManagers with how many slots each, and the settings
 * its components read (network memory, buffer size, managed memory, ...).
 */
public record MiniClusterConfiguration(int numberOfTaskManagers, int slotsPerTaskManager, Configuration configuration) {

    public MiniClusterConfiguration {
        if (numberOfTaskManagers < 1) {
            throw new IllegalArgumentException("a mini cluster needs at least one TaskManager, got " + numberOfTaskManagers);
        }
        if (slotsPerTaskManager < 1) {
            throw new IllegalArgumentException("a TaskManager needs at least one slot, got " + slotsPerTaskManager);
        }
        configuration = new Configuration(Objects.requireNonNull(configuration, "configuration"));
    }

    /** Reads the TaskManager count and slots from {@code configuration}. */
    public static MiniClusterConfiguration from(Configuration configuration) {
        return new MiniClusterConfiguration(configuration.get(TaskManagerOptions.MINI_CLUSTER_NUM_TASK_MANAGERS),
                configuration.get(TaskManagerOptions.NUM_TASK_SLOTS), configuration);
    }

    public int totalSlots() {
        return numberOfTaskManagers * slotsPerTaskManager;
    }
}
