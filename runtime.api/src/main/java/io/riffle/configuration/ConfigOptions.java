package io.riffle.configuration;

import java.time.Duration;
import java.util.Objects;

/** Builds {@link ConfigOption}s: {@code ConfigOptions.key("a.b").intType().defaultValue(1)}. */
public final class ConfigOptions {

    private ConfigOptions() {}

    public static OptionBuilder key(String key) {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("option keys must not be blank");
        }
        return new OptionBuilder(key);
    }

    /** Chooses the type of an option. */
    public static final class OptionBuilder {

        private final String key;

        OptionBuilder(String key) {
            this.key = key;
        }

        public TypedConfigOptionBuilder<Boolean> booleanType() {
            return new TypedConfigOptionBuilder<>(key, Boolean.class);
        }

        public TypedConfigOptionBuilder<Integer> intType() {
            return new TypedConfigOptionBuilder<>(key, Integer.class);
        }

        public TypedConfigOptionBuilder<Long> longType() {
            return new TypedConfigOptionBuilder<>(key, Long.class);
        }

        public TypedConfigOptionBuilder<Double> doubleType() {
            return new TypedConfigOptionBuilder<>(key, Double.class);
        }

        public TypedConfigOptionBuilder<String> stringType() {
            return new TypedConfigOptionBuilder<>(key, String.class);
        }

        public TypedConfigOptionBuilder<Duration> durationType() {
            return new TypedConfigOptionBuilder<>(key, Duration.class);
        }

        public TypedConfigOptionBuilder<MemorySize> memoryType() {
            return new TypedConfigOptionBuilder<>(key, MemorySize.class);
        }
    }

    /** Sets the default of an option of a chosen type. */
    public static final class TypedConfigOptionBuilder<T> {

        private final String key;
        private final Class<T> type;

        TypedConfigOptionBuilder(String key, Class<T> type) {
            this.key = key;
            this.type = type;
        }

        public ConfigOption<T> defaultValue(T value) {
            return new ConfigOption<>(key, type, Objects.requireNonNull(value, "default value"), null);
        }

        public ConfigOption<T> noDefaultValue() {
            return new ConfigOption<>(key, type, null, null);
        }
    }
}
