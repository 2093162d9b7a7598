package io.riffle.examples.wordcount;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} pairs from a command line, the part of Flink's {@code ParameterTool} the
 * examples need. A {@code --name} not followed by a value is a flag with no value.
 */
final class JobParameters {

    private final Map<String, String> values;

    private JobParameters(Map<String, String> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException if an argument is not a {@code --name} or the value of one */
    static JobParameters fromArgs(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || args[i].length() == 2) {
                throw new IllegalArgumentException("expected --name [value], got '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : null;
            values.put(name, value);
        }
        return new JobParameters(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of {@code --name}, or null if it was not given. */
    String get(String name) {
        String value = values.get(name);
        if (value == null && values.containsKey(name)) {
            throw new IllegalArgumentException("--" + name + " needs a value");
        }
        return value;
    }

    long getLong(String name, long defaultValue) {
        String value = get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
        }
    }

    int getInt(String name, int defaultValue) {
        long value = getLong(name, defaultValue);
        if (value != (int) value) {
            throw new IllegalArgumentException("--" + name + " is out of range: " + value);
        }
        return (int) value;
    }
}
