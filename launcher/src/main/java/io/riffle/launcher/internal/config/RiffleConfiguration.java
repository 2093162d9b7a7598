package io.riffle.launcher.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated configuration of a process: a value for every key of {@link ConfigKeys}, from
 * {@code -D} overrides, riffle.yaml or the defaults, in that order of precedence, and where each
 * came from.
 */
public final class RiffleConfiguration {

    private static final String DEFAULT = "default";
    private static final int MIN_NETWORK_BUFFERS = 16;

    private record Value(Object parsed, String origin) {
    }

    private final Map<ConfigKey, Value> values;
    private final String source;

    private RiffleConfiguration(Map<ConfigKey, Value> values, String source) {
        this.values = values;
        this.source = source;
    }

    /**
     * Reads riffle.yaml from the folder {@link ConfigFolder} finds, if any, and applies the overrides.
     *
     * @throws InvalidConfigurationException with a one-line message, for a missing folder, a file
     *         that is not YAML, an unknown key, a value of the wrong type or out of range
     */
    public static RiffleConfiguration load(Optional<Path> file, Map<String, String> overrides) throws InvalidConfigurationException {
        if (file.isEmpty()) {
            return of(List.of(), overrides, "built-in defaults");
        }
        String label = ConfigFolder.display(file.get());
        String yaml;
        try {
            yaml = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidConfigurationException("cannot read " + label + ": " + e);
        }
        return of(YamlSettings.parse(yaml, label), overrides, label);
    }

    /** The configuration of these settings (riffle.yaml's, in file order) and overrides ({@code -D}). */
    static RiffleConfiguration of(List<Setting> fileSettings, Map<String, String> overrides, String fileLabel)
            throws InvalidConfigurationException {
        Map<ConfigKey, Value> values = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKeys.ALL) {
            values.put(key, new Value(key.defaultParsed(), DEFAULT));
        }
        Map<String, String> setIn = new HashMap<>();
        for (Setting setting : fileSettings) {
            String earlier = setIn.put(setting.key(), setting.origin());
            if (earlier != null) {
                throw new InvalidConfigurationException("configuration key '" + setting.key() + "' is set twice: in " + earlier
                        + " and in " + setting.origin());
            }
            apply(setting, values);
        }
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            apply(Setting.override(override.getKey(), override.getValue()), values);
        }
        String source = overrides.isEmpty() ? fileLabel
                : fileLabel + " and " + overrides.size() + " -D override" + (overrides.size() == 1 ? "" : "s");
        RiffleConfiguration configuration = new RiffleConfiguration(values, source);
        configuration.checkCombinations();
        return configuration;
    }

    private static void apply(Setting setting, Map<ConfigKey, Value> values) throws InvalidConfigurationException {
        ConfigKey key = ConfigKeys.find(setting.key()).orElseThrow(() -> unknownKey(setting));
        if (setting.value() == null) {
            throw new InvalidConfigurationException("configuration key '" + key.key() + "' in " + setting.origin()
                    + " has no value: expected " + key.type().expected());
        }
        try {
            values.put(key, new Value(key.parse(setting.value()), setting.origin()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("configuration key '" + key.key() + "' in " + setting.origin() + ": "
                    + e.getMessage());
        }
    }

    private static InvalidConfigurationException unknownKey(Setting setting) {
        String hint = ConfigKeys.nearest(setting.key()).map(known -> "did you mean '" + known + "'?")
                .orElse("'riffle config' lists the known keys");
        return new InvalidConfigurationException("unknown configuration key '" + setting.key() + "' in " + setting.origin()
                + "; " + hint);
    }

    /** What no single key can check: values that must fit together. */
    private void checkCombinations() throws InvalidConfigurationException {
        if (millis(ConfigKeys.HEARTBEAT_TIMEOUT) <= millis(ConfigKeys.HEARTBEAT_INTERVAL)) {
            throw new InvalidConfigurationException(ConfigKeys.HEARTBEAT_TIMEOUT.key() + " must be longer than "
                    + ConfigKeys.HEARTBEAT_INTERVAL.key() + ": " + describe(ConfigKeys.HEARTBEAT_TIMEOUT) + " is not longer than "
                    + describe(ConfigKeys.HEARTBEAT_INTERVAL));
        }
        long buffers = (Long) value(ConfigKeys.NETWORK_MEMORY) / (Long) value(ConfigKeys.SEGMENT_SIZE);
        if (buffers < MIN_NETWORK_BUFFERS) {
            throw new InvalidConfigurationException(ConfigKeys.NETWORK_MEMORY.key() + " must hold at least " + MIN_NETWORK_BUFFERS
                    + " buffers of " + ConfigKeys.SEGMENT_SIZE.key() + ": " + describe(ConfigKeys.NETWORK_MEMORY) + " holds "
                    + buffers + " of " + describe(ConfigKeys.SEGMENT_SIZE));
        }
    }

    private long millis(ConfigKey key) {
        return (Long) value(key);
    }

    private String describe(ConfigKey key) {
        return display(key) + " (" + origin(key) + ")";
    }

    /** The value: an Integer, a String, or a Long (bytes of a memory size, milliseconds of a duration). */
    public Object value(ConfigKey key) {
        return values.get(key).parsed();
    }

    public int intValue(ConfigKey key) {
        return (Integer) value(key);
    }

    /** The value as written in riffle.yaml: {@code 64m}, {@code 5 s}. */
    public String display(ConfigKey key) {
        return key.type().display(value(key));
    }

    /** The value as the framework's bundles get it. */
    public Object frameworkValue(ConfigKey key) {
        return key.type().frameworkValue(value(key));
    }

    /** Where the value came from: {@code default}, {@code conf/riffle.yaml line 3} or {@code -D key=value}. */
    public String origin(ConfigKey key) {
        return values.get(key).origin();
    }

    /** What the configuration was read from, for people: {@code conf/riffle.yaml and 1 -D override}. */
    public String source() {
        return source;
    }
}
