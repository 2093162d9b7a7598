package io.riffle.configuration;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed key-value settings, e.g. for a local environment:
 * {@code conf.set(TaskManagerOptions.NUM_TASK_SLOTS, 4)}. Values set as strings (from files or
 * command lines) are parsed to the option's type when read; a value that does not parse fails
 * with a message naming the key. Not thread-safe.
 */
public final class Configuration {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public Configuration() {}

    public Configuration(Configuration other) {
        values.putAll(other.values);
    }

    public <T> Configuration set(ConfigOption<T> option, T value) {
        values.put(option.key(), Objects.requireNonNull(value, option.key()));
        return this;
    }

    public void setString(String key, String value) {
        values.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
    }

    public <T> T get(ConfigOption<T> option) {
        return getOptional(option).orElse(option.defaultValue());
    }

    public <T> Optional<T> getOptional(ConfigOption<T> option) {
        Object raw = values.get(option.key());
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(convert(option, raw));
    }

    public boolean contains(ConfigOption<?> option) {
        return values.containsKey(option.key());
    }

    public Map<String, String> toMap() {
        Map<String, String> copy = new LinkedHashMap<>();
        // durations in the form parseDuration reads back (Duration.toString's "PT0.2S" it does not)
        values.forEach((k, v) -> copy.put(k, v instanceof Duration d ? d.toMillis() + " ms" : String.valueOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    private static <T> T convert(ConfigOption<T> option, Object raw) {
        Class<T> type = option.getType();
        if (type.isInstance(raw)) {
            return type.cast(raw);
        }
        String text = raw.toString().trim();
        try {
            Object parsed;
            if (type == Integer.class) {
                parsed = Integer.valueOf(text);
            } else if (type == Long.class) {
                parsed = Long.valueOf(text);
            } else if (type == Double.class) {
                parsed = Double.valueOf(text);
            } else if (type == Boolean.class) {
                parsed = parseBoolean(text);
            } else if (type == Duration.class) {
                parsed = parseDuration(text);
            } else if (type == MemorySize.class) {
                parsed = MemorySize.parse(text);
            } else if (type == String.class) {
                parsed = text;
            } else {
                throw new IllegalArgumentException("unsupported option type " + type.getName());
            }
            return type.cast(parsed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "configuration key '" + option.key() + "': cannot read '" + text + "' as " + type.getSimpleName()
                            + ": " + e.getMessage(), e);
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("expected true or false");
    }

    /** Accepts {@code 100 ms}, {@code 5 s}, {@code 2 min}, {@code 1 h}, or a bare number of milliseconds. */
    static Duration parseDuration(String text) {
        String t = text.replace(" ", "").toLowerCase();
        int split = 0;
        while (split < t.length() && Character.isDigit(t.charAt(split))) {
            split++;
        }
        if (split == 0) {
            throw new IllegalArgumentException("expected a number followed by ms, s, min or h");
        }
        long amount = Long.parseLong(t.substring(0, split));
        return switch (t.substring(split)) {
            case "", "ms", "milli", "millis" -> Duration.ofMillis(amount);
            case "s", "sec", "secs", "second", "seconds" -> Duration.ofSeconds(amount);
            case "min", "m", "minute", "minutes" -> Duration.ofMinutes(amount);
            case "h", "hour", "hours" -> Duration.ofHours(amount);
            default -> throw new IllegalArgumentException("unknown time unit '" + t.substring(split) + "'");
        };
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
