package io.riffle.configuration;

import java.util.Objects;

/**
 * A typed configuration key with its default and description. Create options with
 * {@link ConfigOptions#key(String)}; read and write them on a {@link Configuration}.
 */
public final class ConfigOption<T> {

    private final String key;
    private final Class<T> type;
    private final T defaultValue;
    private final String description;

    ConfigOption(String key, Class<T> type, T defaultValue, String description) {
        this.key = Objects.requireNonNull(key, "key");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.description = description == null ? "" : description;
    }

    public String key() {
        return key;
    }

    public Class<T> getType() {
        return type;
    }

    public boolean hasDefaultValue() {
        return defaultValue != null;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The same option with a description. */
    public ConfigOption<T> withDescription(String text) {
        return new ConfigOption<>(key, type, defaultValue, text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigOption<?> other && key.equals(other.key) && type.equals(other.type);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "Key: '" + key + "' , default: " + defaultValue;
    }
}
