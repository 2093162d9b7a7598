package io.riffle.test.util;

import io.riffle.configuration.Configuration;
import java.util.Objects;

/**
 * The shape of the cluster a {@link MiniClusterWithClientResource} starts: how many TaskManagers,
 * how many slots each, and the configuration its components and the jobs submitted to it read.
 * Mirrors Flink's {@code MiniClusterResourceConfiguration}; build it with {@link Builder}.
 */
public final class MiniClusterResourceConfiguration {

    /** TaskManagers when the builder is not told otherwise. */
    public static final int DEFAULT_NUMBER_TASK_MANAGERS = 1;

    /** Slots per TaskManager when the builder is not told otherwise. */
    public static final int DEFAULT_NUMBER_SLOTS_PER_TASK_MANAGER = 1;

    private final Configuration configuration;
    private final int numberTaskManagers;
    private final int numberSlotsPerTaskManager;

    private MiniClusterResourceConfiguration(Configuration configuration, int numberTaskManagers, int numberSlotsPerTaskManager) {
        this.configuration = new Configuration(configuration);
        this.numberTaskManagers = numberTaskManagers;
        this.numberSlotsPerTaskManager = numberSlotsPerTaskManager;
    }

    /** A copy of the configuration given to the builder. */
    public Configuration getConfiguration() {
        return new Configuration(configuration);
    }

    public int getNumberTaskManagers() {
        return numberTaskManagers;
    }

    public int getNumberSlotsPerTaskManager() {
        return numberSlotsPerTaskManager;
    }

    /** Slots of the whole cluster: the default parallelism of jobs built under the resource. */
    public int getNumberSlots() {
        return numberTaskManagers * numberSlotsPerTaskManager;
    }

    @Override
    public String toString() {
        return numberTaskManagers + " TaskManager(s) with " + numberSlotsPerTaskManager + " slot(s) each, " + configuration;
    }

    /** Builds a {@link MiniClusterResourceConfiguration}; defaults to one TaskManager with one slot. */
    public static final class Builder {

        private Configuration configuration = new Configuration();
        private int numberTaskManagers = DEFAULT_NUMBER_TASK_MANAGERS;
        private int numberSlotsPerTaskManager = DEFAULT_NUMBER_SLOTS_PER_TASK_MANAGER;

        public Builder setConfiguration(Configuration configuration) {
            this.configuration = new Configuration(Objects.requireNonNull(configuration, "configuration"));
            return this;
        }

        public Builder setNumberTaskManagers(int numberTaskManagers) {
            this.numberTaskManagers = numberTaskManagers;
            return this;
        }

        public Builder setNumberSlotsPerTaskManager(int numberSlotsPerTaskManager) {
            this.numberSlotsPerTaskManager = numberSlotsPerTaskManager;
            return this;
        }

        /** @throws IllegalArgumentException if there are fewer than one TaskManager or slot */
        public MiniClusterResourceConfiguration build() {
            if (numberTaskManagers < 1) {
                throw new IllegalArgumentException("the mini cluster needs at least one TaskManager, got " + numberTaskManagers);
            }
            if (numberSlotsPerTaskManager < 1) {
                throw new IllegalArgumentException("a TaskManager needs at least one slot, got " + numberSlotsPerTaskManager);
            }
            return new MiniClusterResourceConfiguration(configuration, numberTaskManagers, numberSlotsPerTaskManager);
        }
    }
}
