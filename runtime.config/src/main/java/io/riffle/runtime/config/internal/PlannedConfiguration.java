package io.riffle.runtime.config.internal;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One configuration to put into Configuration Admin: for a singleton PID ({@code factoryName} is
 * null), or a named factory configuration of the factory PID {@code pid}.
 */
record PlannedConfiguration(String pid, String factoryName, Map<String, Object> properties) {

    PlannedConfiguration {
        Objects.requireNonNull(pid, "pid");
        properties = Map.copyOf(properties);
    }

    boolean isFactory() {
        return factoryName != null;
    }

    /** The PID Configuration Admin gives it: {@code pid}, or {@code factoryPid~name}. */
    String describe() {
        return isFactory() ? pid + "~" + factoryName : pid;
    }

    @Override
    public String toString() {
        return describe() + " " + new TreeMap<>(properties);
    }
}
