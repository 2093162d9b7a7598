package io.riffle.launcher.internal.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a configuration value is read, shown and handed to the framework. YAML scalars
 * are taken as text and read here, as Flink reads its configuration, so {@code 6123} and
 * {@code "6123"} mean the same.
 *
 * <p>Memory sizes and durations follow the grammar of {@code io.riffle.configuration.MemorySize}
 * and {@code Configuration} in runtime.api (which the components parse with); the launcher keeps
 * its own copy because runtime.api lives inside the framework, not on the launcher's class path.
 */
public enum ValueType {

    /** A whole number; to the framework as an {@code Integer}. */
    INTEGER("an integer") {
        @Override
        Object parse(String text) {
            return Integer.valueOf(text.strip());
        }
    },

    /** Non-blank text; to the framework as a {@code String}. */
    TEXT("a text") {
        @Override
        Object parse(String text) {
            if (text.isBlank()) {
                throw new IllegalArgumentException("blank");
            }
            return text.strip();
        }
    },

    /** Flink's {@code restart-strategy.type} values Riffle knows; to the framework as a {@code String}. */
    RESTART_STRATEGY("none or fixed-delay") {
        @Override
        Object parse(String text) {
            String type = text.strip();
            if (!type.equals("none") && !type.equals("fixed-delay")) {
                throw new IllegalArgumentException(type);
            }
            return type;
        }
    },

    /** Bytes with a binary unit, {@code 64m}; to the framework as its shortest text, which MemorySize parses. */
    MEMORY_SIZE("a memory size (a number with an optional unit b, k, m, g or t, powers of 1024, e.g. 64m)") {
        private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)\\s*");
        private static final String UNITS = "bkmgt";

        @Override
        Object parse(String text) {
            Matcher matcher = SIZE.matcher(text);
            int power = matcher.matches() ? unitPower(matcher.group(2).toLowerCase(Locale.ROOT)) : -1;
            if (power < 0) {
                throw new IllegalArgumentException("no memory size");
            }
            double bytes = Double.parseDouble(matcher.group(1)) * Math.pow(1024, power);
            if (bytes >= Long.MAX_VALUE) {
                throw new IllegalArgumentException("too large");
            }
            return (long) bytes;
        }

        private int unitPower(String unit) {
            if (unit.isEmpty() || unit.equals("b") || unit.equals("bytes")) {
                return 0;
            }
            String stem = unit.endsWith("ib") ? unit.substring(0, unit.length() - 2)
                    : unit.endsWith("b") ? unit.substring(0, unit.length() - 1) : unit;
            return stem.length() == 1 && UNITS.indexOf(stem.charAt(0)) > 0 ? UNITS.indexOf(stem.charAt(0)) : -1;
        }

        @Override
        String display(Object value) {
            long amount = (Long) value;
            int power = 0;
            while (amount != 0 && power < UNITS.length() - 1 && amount % 1024 == 0) {
                amount /= 1024;
                power++;
            }
            return amount + String.valueOf(UNITS.charAt(power));
        }

        @Override
        Object frameworkValue(Object value) {
            return display(value);
        }
    },

    /** A time span, {@code 5 s}; to the framework as {@code Long} milliseconds. */
    DURATION("a duration (a number with ms, s, min or h, e.g. 5 s)") {
        @Override
        Object parse(String text) {
            String t = text.replace(" ", "").toLowerCase(Locale.ROOT);
            int split = 0;
            while (split < t.length() && Character.isDigit(t.charAt(split))) {
                split++;
            }
            if (split == 0) {
                throw new IllegalArgumentException("no number");
            }
            long amount = Long.parseLong(t.substring(0, split));
            long unit = switch (t.substring(split)) {
                case "", "ms", "milli", "millis" -> 1;
                case "s", "sec", "secs", "second", "seconds" -> 1_000;
                case "min", "m", "minute", "minutes" -> 60_000;
                case "h", "hour", "hours" -> 3_600_000;
                default -> throw new IllegalArgumentException("unknown unit");
            };
            return Math.multiplyExact(amount, unit);
        }

        @Override
        String display(Object value) {
            long millis = (Long) value;
            if (millis != 0 && millis % 3_600_000 == 0) {
                return millis / 3_600_000 + " h";
            }
            if (millis != 0 && millis % 60_000 == 0) {
                return millis / 60_000 + " min";
            }
            return millis != 0 && millis % 1_000 == 0 ? millis / 1_000 + " s" : millis + " ms";
        }
    };

    private final String expected;

    ValueType(String expected) {
        this.expected = expected;
    }

    /** What a value must look like, for messages: "an integer". */
    public String expected() {
        return expected;
    }

    /** The value of the text: an Integer, a String, or a Long (bytes, milliseconds). */
    abstract Object parse(String text);

    /** The value as people write it in riffle.yaml. */
    String display(Object value) {
        return String.valueOf(value);
    }

    /** The value as the framework's bundles get it. */
    Object frameworkValue(Object value) {
        return value;
    }
}
