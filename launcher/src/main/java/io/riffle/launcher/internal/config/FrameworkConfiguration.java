package io.riffle.launcher.internal.config;

import io.riffle.launcher.internal.config.Target.ConfigurationProperty;
import io.riffle.launcher.internal.config.Target.FrameworkProperty;
import io.riffle.launcher.internal.config.Target.TaskExecutorProperty;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the framework of one role gets from the configuration: framework properties, and
 * Configuration Admin configurations, which travel in the framework property
 * {@value #CONFIGURATIONS_PROPERTY} to the runtime.config bundle. That bundle puts them into
 * Configuration Admin before any component starts (its README describes the format).
 */
public final class FrameworkConfiguration {

    public static final String CONFIGURATIONS_PROPERTY = "riffle.configurations";
    /** The TaskExecutor's property naming its TaskManager. */
    static final String RESOURCE_ID = "resource.id";

    private final Map<String, String> frameworkProperties = new TreeMap<>();
    private final Map<String, Map<String, Object>> configurations = new TreeMap<>();

    private FrameworkConfiguration() {
    }

    /**
     * @param taskManagerName the TaskManager's name (its resource id), which also names its
     *        TaskExecutor's factory configuration; ignored for other roles
     */
    public static FrameworkConfiguration of(RiffleConfiguration configuration, Role role, String taskManagerName) {
        FrameworkConfiguration result = new FrameworkConfiguration();
        for (ConfigKey key : ConfigKeys.ALL) {
            if (!key.target().roles().contains(role)) {
                continue;
            }
            Object value = configuration.frameworkValue(key);
            if (key.target() instanceof FrameworkProperty property) {
                result.frameworkProperties.put(property.name(), String.valueOf(value));
            } else if (key.target() instanceof ConfigurationProperty property) {
                result.configuration(property.pid()).put(property.property(), value);
            } else if (key.target() instanceof TaskExecutorProperty property) {
                Map<String, Object> taskExecutor = result.configuration(ConfigKeys.TASK_EXECUTOR_FACTORY_PID + "~" + taskManagerName);
                taskExecutor.put(RESOURCE_ID, taskManagerName);
                taskExecutor.put(property.property(), value);
            }
        }
        if (!result.configurations.isEmpty()) {
            result.frameworkProperties.put(CONFIGURATIONS_PROPERTY, encode(result.configurations));
        }
        return result;
    }

    private Map<String, Object> configuration(String pid) {
        return configurations.computeIfAbsent(pid, p -> new TreeMap<>());
    }

    public Map<String, String> frameworkProperties() {
        return Collections.unmodifiableMap(frameworkProperties);
    }

    /** By PID, or {@code factoryPid~name} for a named factory configuration. */
    public Map<String, Map<String, Object>> configurations() {
        return Collections.unmodifiableMap(configurations);
    }

    /** Properties text, one {@code pid/property=Type:value} line per property, in a stable order. */
    static String encode(Map<String, Map<String, Object>> configurations) {
        StringBuilder text = new StringBuilder();
        configurations.forEach((pid, properties) -> properties.forEach((name, value) -> {
            escape(pid + "/" + name, true, text);
            text.append('=');
            escape(value.getClass().getSimpleName() + ":" + value, false, text);
            text.append('\n');
        }));
        return text.toString();
    }

    /** Escapes as {@code Properties.store} does, so that {@code Properties.load} reads the text back exactly. */
    private static void escape(String text, boolean isKey, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ' -> out.append(i == 0 || isKey ? "\\ " : " ");
                case '\\', '=', ':', '#', '!' -> out.append('\\').append(c);
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
