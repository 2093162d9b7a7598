package io.riffle.configuration;

/** Options of TaskManagers, including those of the in-process mini cluster. */
public final class TaskManagerOptions {

    public static final ConfigOption<Integer> NUM_TASK_SLOTS = ConfigOptions.key("taskmanager.numberOfTaskSlots")
            .intType().defaultValue(1)
            .withDescription("Task slots per TaskManager. A local environment sets it to the job's parallelism unless given.");

    public static final ConfigOption<Integer> MINI_CLUSTER_NUM_TASK_MANAGERS = ConfigOptions.key("minicluster.number-of-taskmanagers")
            .intType().defaultValue(1)
            .withDescription("TaskManagers an in-process mini cluster starts.");

    public static final ConfigOption<MemorySize> NETWORK_MEMORY = ConfigOptions.key("taskmanager.memory.network.size")
            .memoryType().defaultValue(MemorySize.ofMebiBytes(64))
            .withDescription("Memory for network buffers of one TaskManager: bounds all data in flight between its tasks.");

    public static final ConfigOption<MemorySize> NETWORK_BUFFER_SIZE = ConfigOptions.key("taskmanager.memory.segment-size")
            .memoryType().defaultValue(MemorySize.parse("32 kb"))
            .withDescription("Size of one network buffer.");

    public static final ConfigOption<MemorySize> MANAGED_MEMORY_SIZE = ConfigOptions.key("taskmanager.memory.managed.size")
            .memoryType().defaultValue(MemorySize.ofMebiBytes(128))
            .withDescription("Managed memory of one TaskManager, split equally among its slots: what state backends and sorters "
                    + "of the tasks in a slot may reserve together.");

    private TaskManagerOptions() {}
}
