package io.riffle.launcher.internal.config;

import java.util.Set;

/** Where the value of a configuration key goes in the framework of a process, and for which roles. */
public sealed interface Target {

    Set<Role> BOTH_ROLES = Set.of(Role.JOBMANAGER, Role.TASKMANAGER);

    /** The roles whose framework gets the value; none for what the launcher uses itself. */
    Set<Role> roles();

    /** A framework property, read by a bundle with {@code BundleContext.getProperty}. */
    record FrameworkProperty(String name, Set<Role> roles) implements Target {
    }

    /** A property of the Configuration Admin configuration with this PID. */
    record ConfigurationProperty(String pid, String property, Set<Role> roles) implements Target {
    }

    /**
     * A property of the TaskManager's TaskExecutor: of the factory configuration of
     * {@link ConfigKeys#TASK_EXECUTOR_FACTORY_PID} named after the TaskManager.
     */
    record TaskExecutorProperty(String property) implements Target {

        @Override
        public Set<Role> roles() {
            return Set.of(Role.TASKMANAGER);
        }
    }

    /** Used by the launcher itself (the log folder), not passed on. */
    record Launcher() implements Target {

        @Override
        public Set<Role> roles() {
            return Set.of();
        }
    }
}
