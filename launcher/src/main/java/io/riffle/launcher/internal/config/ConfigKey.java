package io.riffle.launcher.internal.config;

import java.util.Objects;

/**
 * A configuration key: its type, default, allowed range, what it means and where its value goes.
 *
 * @param min the smallest allowed value of a number, memory size (bytes) or duration (ms)
 * @param max the largest allowed value, likewise
 */
public record ConfigKey(String key, ValueType type, String defaultValue, long min, long max, String description, Target target) {

    public ConfigKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, key);
        Objects.requireNonNull(defaultValue, key);
        Objects.requireNonNull(target, key);
    }

    /** A key whose value is not a number (text): no range. */
    static ConfigKey text(String key, String defaultValue, String description, Target target) {
        return new ConfigKey(key, ValueType.TEXT, defaultValue, Long.MIN_VALUE, Long.MAX_VALUE, description, target);
    }

    /**
     * Reads a value written for this key.
     *
     * @throws IllegalArgumentException with the reason, when it is not of the key's type or out of range
     */
    Object parse(String text) {
        Object value;
        try {
            value = type.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not " + type.expected());
        }
        if (value instanceof Number number && (number.longValue() < min || number.longValue() > max)) {
            String range = max >= Integer.MAX_VALUE ? "at least " + show(min) : show(min) + " to " + show(max);
            throw new IllegalArgumentException(type.display(value) + " is out of range: expected " + range);
        }
        return value;
    }

    private String show(long bound) {
        return type.display(type == ValueType.INTEGER ? Integer.valueOf((int) bound) : Long.valueOf(bound));
    }

    /** The default, read as a value of this key. */
    Object defaultParsed() {
        return parse(defaultValue);
    }
}
