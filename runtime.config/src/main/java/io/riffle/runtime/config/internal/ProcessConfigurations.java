package io.riffle.runtime.config.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Reads the configurations a launcher hands to the framework in the framework property
 * {@value #FRAMEWORK_PROPERTY}, and puts them into Configuration Admin.
 *
 * <p>The property holds {@link Properties} text with one entry per configuration property:
 * <pre>
 * io.riffle.resourcemanager/provider.type = String:standalone
 * io.riffle.taskexecutor~taskmanager-host-0/slots = Integer:4
 * </pre>
 * The part before {@code /} is a PID, or {@code factoryPid~name} for a named factory
 * configuration; the value names its type ({@code String}, {@code Integer}, {@code Long},
 * {@code Boolean}) so that components and metatype see typed values, as from any other source.
 */
final class ProcessConfigurations {

    static final String FRAMEWORK_PROPERTY = "riffle.configurations";

    private ProcessConfigurations() {
    }

    /**
     * The configurations in the text, in PID order.
     *
     * @throws IllegalArgumentException naming the entry that is not in the format above
     */
    static List<PlannedConfiguration> parse(String text) {
        Properties entries = new Properties();
        try {
            entries.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(FRAMEWORK_PROPERTY + " is not in properties format: " + e.getMessage(), e);
        }
        Map<String, Map<String, Object>> byPid = new LinkedHashMap<>();
        for (String key : new TreeSet<>(entries.stringPropertyNames())) {
            int slash = key.indexOf('/');
            if (slash <= 0 || slash == key.length() - 1) {
                throw new IllegalArgumentException(FRAMEWORK_PROPERTY + ": entry '" + key + "' is not <pid>/<property>");
            }
            byPid.computeIfAbsent(key.substring(0, slash), pid -> new LinkedHashMap<>())
                    .put(key.substring(slash + 1), typedValue(key, entries.getProperty(key)));
        }
        List<PlannedConfiguration> configurations = new ArrayList<>();
        byPid.forEach((pid, properties) -> {
            int tilde = pid.indexOf('~');
            configurations.add(tilde < 0 ? new PlannedConfiguration(pid, null, properties)
                    : new PlannedConfiguration(pid.substring(0, tilde), pid.substring(tilde + 1), properties));
        });
        return configurations;
    }

    private static Object typedValue(String key, String typeAndValue) {
        int colon = typeAndValue.indexOf(':');
        String type = colon < 0 ? "" : typeAndValue.substring(0, colon);
        String value = colon < 0 ? "" : typeAndValue.substring(colon + 1);
        try {
            return switch (type) {
                case "String" -> value;
                case "Integer" -> Integer.valueOf(value);
                case "Long" -> Long.valueOf(value);
                case "Boolean" -> Boolean.valueOf(value);
                default -> throw new IllegalArgumentException("expected String:, Integer:, Long: or Boolean: before the value");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FRAMEWORK_PROPERTY + ": entry '" + key + "' has the value '" + typeAndValue
                    + "': " + e.getMessage(), e);
        }
    }

    /**
     * Creates or updates each configuration, bound to no bundle in particular (location "?"),
     * leaving alone those that already hold the same properties.
     */
    static void apply(List<PlannedConfiguration> configurations, ConfigurationAdmin admin) {
        for (PlannedConfiguration planned : configurations) {
            try {
                Configuration configuration = planned.isFactory()
                        ? admin.getFactoryConfiguration(planned.pid(), planned.factoryName(), "?")
                        : admin.getConfiguration(planned.pid(), "?");
                configuration.updateIfDifferent(new Hashtable<>(planned.properties()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store configuration " + planned.describe() + ": " + e.getMessage(), e);
            }
        }
    }
}
