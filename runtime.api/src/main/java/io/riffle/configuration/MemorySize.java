package io.riffle.configuration;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of memory in bytes, written in configuration as a number with an optional binary
 * unit: {@code 512m}, {@code 1.5g}, {@code 64 kb}, {@code 1073741824}. Units are powers of 1024.
 */
public record MemorySize(long bytes) implements Comparable<MemorySize> {

    public static final MemorySize ZERO = new MemorySize(0);

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)\\s*");
    private static final String[] UNITS = {"b", "k", "m", "g", "t"};

    public MemorySize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a memory size must not be negative, got " + bytes);
        }
    }

    public static MemorySize ofMebiBytes(long mebiBytes) {
        return new MemorySize(Math.multiplyExact(mebiBytes, 1L << 20));
    }

    /**
     * Parses {@code 512m}, {@code 1.5 GB}, {@code 64kib} and the like.
     *
     * @throws IllegalArgumentException naming the text and what is accepted, if it is not a memory size
     */
    public static MemorySize parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            throw invalid(text);
        }
        int power = unitPower(matcher.group(2).toLowerCase(Locale.ROOT));
        if (power < 0) {
            throw invalid(text);
        }
        double value = Double.parseDouble(matcher.group(1)) * Math.pow(1024, power);
        if (value >= Long.MAX_VALUE) {
            throw new IllegalArgumentException("memory size '" + text + "' is too large");
        }
        return new MemorySize((long) value);
    }

    private static int unitPower(String unit) {
        if (unit.isEmpty() || unit.equals("b") || unit.equals("bytes")) {
            return 0;
        }
        String stem = unit.endsWith("ib") ? unit.substring(0, unit.length() - 2)
                : unit.endsWith("b") ? unit.substring(0, unit.length() - 1) : unit;
        for (int power = 1; power < UNITS.length; power++) {
            if (UNITS[power].equals(stem)) {
                return power;
            }
        }
        return -1;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a memory size: expected a number with an optional "
                + "unit b, k, m, g or t (powers of 1024), e.g. 512m or 1.5g");
    }

    public long mebiBytes() {
        return bytes >> 20;
    }

    public MemorySize add(MemorySize other) {
        return new MemorySize(Math.addExact(bytes, other.bytes));
    }

    public MemorySize divide(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, got " + parts);
        }
        return new MemorySize(bytes / parts);
    }

    @Override
    public int compareTo(MemorySize other) {
        return Long.compare(bytes, other.bytes);
    }

    /** The largest unit that divides the size exactly: {@code 512m}, {@code 3g}, {@code 1000b}. */
    @Override
    public String toString() {
        long value = bytes;
        int power = 0;
        while (value != 0 && power < UNITS.length - 1 && value % 1024 == 0) {
            value /= 1024;
            power++;
        }
        return value + UNITS[power];
    }
}
